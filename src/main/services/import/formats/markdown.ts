// Reads a Markdown file into blocks by hand: articles saved as Markdown use a small part of
// the syntax (headings, quotes, lists, paragraphs), and a full CommonMark parser would only
// produce HTML for us to flatten again.
import type { Block, BlockKind } from '../../../../shared/model/document'
import { decodeText } from './decode-text'
import { splitFrontMatter } from './front-matter'
import { stripInlineMarkdown } from './markdown-inline'
import type { BlocksReadResult } from './read-result'

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const QUOTE_LINE = /^ {0,3}>[ \t]?(.*)$/
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/
const TABLE_ROW = /^\s*\|.*\|\s*$/
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{3,}:?\s*\|\s*$/

/** Reads a .md/.markdown file's bytes into blocks, with metadata from its YAML front matter. */
export function readMarkdownFile(path: string, bytes: Uint8Array): BlocksReadResult {
  const decoded = decodeText(bytes, path)
  const front = splitFrontMatter(decoded.text)
  const { blocks, droppedImageAlts } = markdownToBlocks(front.body)
  const warnings = [...decoded.warnings, ...front.warnings]
  if (droppedImageAlts.length > 0) {
    warnings.push(`${droppedImageAlts.length} image(s) left out; alt text: ${droppedImageAlts.map((alt) => `"${alt}"`).join(', ')}`)
  }
  const firstHeading = blocks.find((block) => block.kind === 'heading')?.text ?? null
  return {
    kind: 'blocks',
    title: front.title ?? firstHeading,
    byline: front.byline,
    publishedAt: front.publishedAt,
    language: front.language,
    blocks,
    originalText: decoded.text,
    warnings
  }
}

/** Blocks of a Markdown text, and the alt texts of the images that were dropped. */
export interface MarkdownBlocks {
  blocks: Block[]
  droppedImageAlts: string[]
}

/** Converts Markdown (without front matter) into blocks: headings, quotes, list items and paragraphs. */
export function markdownToBlocks(markdown: string): MarkdownBlocks {
  const blocks: Block[] = []
  const droppedImageAlts: string[] = []
  let pending: { kind: BlockKind; lines: string[] } | null = null

  const flush = (): void => {
    if (!pending) return
    const inline = stripInlineMarkdown(pending.lines.join('\n'))
    droppedImageAlts.push(...inline.droppedImageAlts)
    if (inline.text !== '') blocks.push({ kind: pending.kind, text: inline.text })
    pending = null
  }
  const startBlock = (kind: BlockKind, line: string): void => {
    flush()
    pending = { kind, lines: [line] }
  }

  const lines = markdown.split(/\r\n|\r|\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const fence = FENCE.exec(line)
    if (fence) {
      flush()
      const code: string[] = []
      const closing = new RegExp(`^ {0,3}${fence[1]?.[0] === '`' ? '`' : '~'}{${fence[1]?.length ?? 3},}[ \\t]*$`)
      while (++index < lines.length && !closing.test(lines[index] ?? '')) code.push(lines[index] ?? '')
      const text = code.join('\n').trim()
      if (text) blocks.push({ kind: 'paragraph', text })
      continue
    }
    if (line.trim() === '' || LINK_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) {
      flush()
      continue
    }
    const setext = SETEXT_UNDERLINE.exec(line)
    const current = pending as { kind: BlockKind; lines: string[] } | null
    if (setext && current?.kind === 'paragraph') {
      current.kind = 'heading'
      flush()
      continue
    }
    if (THEMATIC_BREAK.test(line)) {
      flush()
      continue
    }
    const heading = ATX_HEADING.exec(line)
    if (heading) {
      startBlock('heading', heading[2] ?? '')
      flush()
      continue
    }
    const quote = QUOTE_LINE.exec(line)
    if (quote) {
      const inner = (quote[1] ?? '').replace(/^ {0,3}(?:#{1,6}[ \t]+|>[ \t]?)/, '')
      if (inner.trim() === '') flush()
      else if (current?.kind === 'quote') current.lines.push(inner)
      else startBlock('quote', inner)
      continue
    }
    const item = LIST_ITEM.exec(line)
    if (item) {
      startBlock('list-item', item[1] ?? '')
      continue
    }
    if (TABLE_ROW.test(line)) {
      startBlock('paragraph', tableRowText(line))
      flush()
      continue
    }
    // Anything else continues the open block (a lazy continuation line) or starts a paragraph.
    if (current) current.lines.push(line)
    else startBlock('paragraph', line)
  }
  flush()
  return { blocks, droppedImageAlts }
}

// A table row reads as its cells separated by a middle dot; its pipes are markup.
function tableRowText(line: string): string {
  return line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim())
    .join(' · ')
}
