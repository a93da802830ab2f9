// Reads a Markdown file into blocks: markdown-it parses it by CommonMark (plus GitHub's
// tables, strikethrough and footnotes), and its tokens become blocks directly, without
// rendering HTML to flatten again.
import type { Block, BlockKind } from '../../../../shared/model/document'
import { shiftLinks, siteOf, webPageAddress, type Link } from '../../../../shared/model/links'
import { shiftCodeSpans, type CodeSpan } from '../../../../shared/model/code-spans'
import { decodeText } from './decode-text'
import { splitFrontMatter } from './front-matter'
import { readMetadataDate } from './iso-date'
import { splitNoteProperties } from './note-properties'
import { footnoteNumber, inlineText } from './markdown-inline'
import { markdownParser, type Token } from './markdown-parser'
import { preformatted } from './preformatted'
import { joinSpanned, type SpannedText } from '../../../../shared/model/spanned-text'
import { rawHtmlToBlocks } from './markdown-raw-html'
import type { BlocksReadResult, ReadOptions } from './read-result'
import { newPictureBudget, type PictureSource } from './picture-budget'

/** Reads a .md/.markdown file's bytes into blocks, with metadata from its YAML front matter or Logseq page properties. */
export function readMarkdownFile(path: string, bytes: Uint8Array, options: ReadOptions = {}): BlocksReadResult {
  const decoded = decodeText(bytes, path)
  const front = splitFrontMatter(decoded.text)
  const properties = splitNoteProperties(front.body)
  const pictures = newPictureBudget(options.resolvePicture)
  const { blocks, droppedImageAlts } = markdownToBlocks(properties.body, pictures)
  const page = (key: string): string | null => properties.page.get(key) || null
  const pageDate = readMetadataDate(page('date') ?? page('published'))
  const warnings = [...decoded.warnings, ...front.warnings]
  if (droppedImageAlts.length > 0) {
    warnings.push(`${droppedImageAlts.length} image(s) left out; alt text: ${droppedImageAlts.map((alt) => `"${alt}"`).join(', ')}`)
  }
  // Only an opening heading names the note; a later one names a section.
  const firstHeading = blocks[0]?.kind === 'heading' ? blocks[0].text : null
  const url = front.url ?? webPageAddress(page('url')) ?? webPageAddress(page('source'))
  return {
    kind: 'blocks',
    // A clipped page's site is where it came from.
    source: front.source ?? (url === null ? null : siteOf(url)),
    url,
    title: front.title ?? page('title') ?? firstHeading,
    byline: front.byline ?? page('author'),
    ...((front.publishedAt ?? front.publishedPartial) ? { publishedAt: front.publishedAt, publishedPartial: front.publishedPartial } : pageDate),
    language: front.language ?? page('language') ?? page('lang'),
    blocks,
    removed: properties.removed,
    originalText: decoded.text,
    warnings
  }
}

/** Blocks of a Markdown text, and the alt texts of the images that were dropped. */
export interface MarkdownBlocks {
  blocks: Block[]
  droppedImageAlts: string[]
}

// Text inside these containers takes their kind, the innermost winning, as in HTML files.
// Footnotes are kept, as a list at the end, in the order they are referred to.
const CONTAINER_KIND: Partial<Record<string, BlockKind>> = {
  blockquote_open: 'quote',
  list_item_open: 'list-item',
  footnote_open: 'list-item'
}
const CONTAINER_CLOSE = new Set(['blockquote_close', 'list_item_close', 'footnote_close'])
// A table row reads as its cells separated by a middle dot, each cell's links on its words.
const CELL_SEPARATOR = ' · '
// An empty cell between values keeps its place, so each value stays under its column; empty
// cells at the end have nothing to misplace, and an empty row goes.
function rowText(cells: readonly SpannedText[]): SpannedText {
  let end = cells.length
  while (end > 0 && cells[end - 1]!.text === '') end--
  return joinSpanned(cells.slice(0, end), CELL_SEPARATOR, { keepSpacesInCode: true })
}
// GitHub and Obsidian task-list boxes ("- [x] done", "- [ ] to do").
const TASK_BOX = /^\[[ xX]\] /
const TICKED = '☑ '
const UNTICKED = '☐ '
const CALLOUT = /^\[!([\w-]+)\][+-]?\s*/

// A numbered list's item takes the list's next number, a footnote its own; a bulleted item has none.
function numberOfItem(token: Token, lists: (number | null)[]): { number?: number } {
  if (token.type === 'footnote_open') return { number: footnoteNumber(token) }
  const next = lists.at(-1)
  if (token.type !== 'list_item_open' || next == null) return {}
  lists[lists.length - 1] = next + 1
  return { number: next }
}

/** The inline tokens of a callout's first line (its title) and of the lines after it (its body). */
function splitCallout(children: readonly Token[]): { title: Token[]; body: Token[] } {
  const lineEnd = children.findIndex((child) => child.type === 'softbreak' || child.type === 'hardbreak')
  return lineEnd < 0 ? { title: [...children], body: [] } : { title: children.slice(0, lineEnd), body: children.slice(lineEnd + 1) }
}

// A callout's title is its first line without the "[!type]" marker, its links and code kept.
function calloutTitle(line: SpannedText): SpannedText {
  const text = line.text.replace(CALLOUT, '').trim()
  const cut = line.text.length - line.text.replace(CALLOUT, '').trimStart().length
  const inTitle = (span: { start: number; end: number }): boolean => span.start >= cut && span.end <= cut + text.length
  return { text, links: shiftLinks(line.links.filter(inTitle), -cut), codeSpans: shiftCodeSpans(line.codeSpans.filter(inTitle), -cut) }
}

// "[!warning]" with no title reads "Warning".
function calloutType(content: string): string {
  const type = CALLOUT.exec(content)?.[1] ?? ''
  return type.charAt(0).toUpperCase() + type.slice(1).toLowerCase()
}

/** Converts Markdown (without front matter) into blocks: headings, paragraphs, quotes and list items. */
export function markdownToBlocks(markdown: string, pictures: PictureSource = newPictureBudget()): MarkdownBlocks {
  const blocks: Block[] = []
  const droppedImageAlts: string[] = []
  // Each open container with the blocks written in it: only a list item's first block is a
  // bullet; its later paragraphs are paragraphs, not bullets of their own.
  // An item of a numbered list carries its number, written before its first block's text.
  const containers: { kind: BlockKind; written: number; number?: number }[] = []
  // The lists open, innermost last: the next number of a numbered one, null for bullets.
  const lists: (number | null)[] = []
  let tableRow: SpannedText[] | null = null
  const add = (kind: BlockKind, text: string, links: readonly Link[] = [], codeSpans: readonly CodeSpan[] = []): void => {
    if (text === '') return
    let marker = ''
    // A heading in an item is no bullet and does not take the item's bullet, as in HTML files;
    // code opening an item takes its first place.
    const container = containers.at(-1)
    if (
      container?.kind === 'list-item' &&
      (kind === 'list-item' || kind === 'code' || (kind === 'heading' && container.written === 0 && container.number !== undefined))
    ) {
      if (kind === 'list-item' && container.written > 0) kind = 'paragraph'
      // A numbered item that opens with a heading is headed by its number.
      else if (kind !== 'code' && container.number !== undefined) marker = `${container.number}. `
      container.written++
    }
    const block: Block = { kind, text: marker + text }
    if (links.length > 0) block.links = shiftLinks(links, marker.length)
    if (codeSpans.length > 0) block.codeSpans = shiftCodeSpans(codeSpans, marker.length)
    blocks.push(block)
  }

  const tokens = markdownParser.parse(markdown, {})
  tokens.forEach((token, index) => {
    const kind = containers.at(-1)?.kind ?? 'paragraph'
    if (token.type === 'ordered_list_open') lists.push(Number(token.attrGet('start') ?? 1))
    if (token.type === 'bullet_list_open') lists.push(null)
    if (token.type === 'ordered_list_close' || token.type === 'bullet_list_close') lists.pop()
    const containerKind = CONTAINER_KIND[token.type]
    if (containerKind) containers.push({ kind: containerKind, written: 0, ...numberOfItem(token, lists) })
    if (CONTAINER_CLOSE.has(token.type)) containers.pop()
    switch (token.type) {
      case 'tr_open':
        tableRow = []
        break
      case 'tr_close': {
        const row = rowText(tableRow ?? [])
        add(kind, row.text, row.links, row.codeSpans)
        tableRow = null
        break
      }
      case 'inline': {
        // An Obsidian callout ("> [!note] Title") opens its quote with its type and title: the
        // title (or, without one, the type) is the quote's first line, the marker goes.
        if (tokens[index - 2]?.type === 'blockquote_open' && CALLOUT.test(token.content)) {
          const { title, body } = splitCallout(token.children ?? [])
          const [heading, rest] = [inlineText(title, pictures), inlineText(body, pictures)]
          droppedImageAlts.push(...heading.droppedImageAlts, ...rest.droppedImageAlts)
          const shown = calloutTitle(heading)
          if (shown.text !== '') add(kind, shown.text, shown.links, shown.codeSpans)
          else add(kind, calloutType(token.content))
          add(kind, rest.text, rest.links, rest.codeSpans)
          blocks.push(...heading.images, ...rest.images)
          break
        }
        const inline = inlineText(token.children ?? [], tableRow ? undefined : pictures)
        droppedImageAlts.push(...inline.droppedImageAlts)
        if (tableRow) tableRow.push({ text: inline.text, links: inline.links, codeSpans: inline.codeSpans })
        else if (tokens[index - 1]?.type === 'heading_open') add('heading', inline.text, inline.links, inline.codeSpans)
        else if (tokens[index - 2]?.type === 'list_item_open') {
          const box = TASK_BOX.exec(inline.text)?.[0] ?? ''
          // The box reads as a ballot box, ticked or not, so a task list keeps what is done; a link
          // that was the box itself ("[[x]](…)") goes with it.
          const mark = box === '' ? '' : /x/i.test(box) ? TICKED : UNTICKED
          add(
            kind,
            mark + inline.text.slice(box.length),
            shiftLinks(
              inline.links.filter((link) => link.start >= box.length),
              mark.length - box.length
            ),
            shiftCodeSpans(
              inline.codeSpans.filter((span) => span.start >= box.length),
              mark.length - box.length
            )
          )
        } else add(kind, inline.text, inline.links, inline.codeSpans)
        // A run's pictures stand after its block (a table row's are reported: its cells hold text only).
        blocks.push(...inline.images)
        break
      }
      case 'fence':
        add('code', preformatted(token.content))
        break
      // Four spaces make code in Markdown, but files converted from other formats indent their
      // paragraphs too: a stretch of an indented block that reads as sentences stays a paragraph.
      case 'code_block':
        for (const stretch of proseAndCode(token.content)) add(stretch.kind === 'code' ? 'code' : kind, stretch.text)
        break
      case 'html_block': {
        // Headings and list items written in HTML keep their roles; other text takes the container's.
        const raw = rawHtmlToBlocks(token.content)
        droppedImageAlts.push(...raw.imageAlts)
        for (const block of raw.blocks) add(block.kind === 'paragraph' ? kind : block.kind, block.text, block.links, block.codeSpans)
        break
      }
    }
  })
  return { blocks, droppedImageAlts }
}

// Sentences: words and the punctuation of prose only, enough of them, and no line of code's marks.
const PROSE_CHARACTER = /[\p{L}\p{M}\p{N}\s.,;:'’"“”!?()%$€£\-–—]/u
const MIN_PROSE_WORDS = 8
// A comment opening code ("# Install first…", "// then…", "-- Select…", a docstring) is code's.
const COMMENT_OPENING = /^(?:#|\/\/|--|\/\*|\*|"""|''')/
// Verse keeps its lines: three or more, all short.
const MAX_VERSE_LINE = 50

// An indented block's stretches between blank lines: each that reads as prose a paragraph, the
// others, with the blank lines between them, code.
function proseAndCode(content: string): Block[] {
  const blocks: Block[] = []
  let code: string[] = []
  const endCode = (): void => {
    const text = preformatted(code.join('\n\n'))
    if (text !== '') blocks.push({ kind: 'code', text })
    code = []
  }
  for (const stretch of content.split(/\n[ \t]*\n/)) {
    if (!readsAsProse(stretch)) {
      code.push(stretch)
      continue
    }
    endCode()
    blocks.push({ kind: 'paragraph', text: stretch.replace(/\s+/g, ' ').trim() })
  }
  endCode()
  return blocks
}

function readsAsProse(text: string): boolean {
  const trimmed = text.trim()
  const characters = [...trimmed]
  if (characters.length === 0 || trimmed.split(/\s+/).length < MIN_PROSE_WORDS || COMMENT_OPENING.test(trimmed)) return false
  const lines = trimmed.split('\n')
  if (lines.length >= 3 && lines.every((line) => line.trim().length <= MAX_VERSE_LINE)) return false
  const prose = characters.filter((character) => PROSE_CHARACTER.test(character)).length
  return prose / characters.length >= 0.97 && /[.!?:)"”’]$/.test(trimmed)
}
