// Obsidian and Logseq show `==text==` as a highlight; the full article text is exported with
// highlighted spans marked that way. `==` cannot nest or cross paragraphs, so overlapping
// highlights merge into one span and spans are cut at line breaks.
import type { Block } from '../model/document'
import type { Highlight } from '../model/annotation'
import { blockOffsets, itemMarker } from '../model/text'
import { asBlockquote, escapeInlineMarkdown, escapeLineStarts } from './escape-markdown'
import { mergeRanges } from './highlight-ranges'

/** The article's blocks as Markdown with placed highlights wrapped in `==`. */
export function articleTextAsMarkdown(blocks: readonly Block[], placed: readonly Highlight[], headingLevel: number): string {
  const ranges = mergeRanges(placed)
  const offsets = blockOffsets(blocks)
  let next = 0
  const rendered: string[] = []
  blocks.forEach((block, index) => {
    const from = offsets[index] ?? 0
    const to = from + block.text.length
    // Code goes out verbatim in a fence, where neither escapes nor == marks would be read.
    if (block.kind === 'code') {
      if (block.text.trim() !== '') rendered.push(fenced(block.text))
      return
    }
    while (next < ranges.length && (ranges[next]?.end ?? 0) <= from) next++
    // A numbered item's number is its Markdown list marker, written as it is, outside any == mark.
    const marker = itemMarker(block)
    let text = ''
    let position = from + marker.length
    for (let r = next; r < ranges.length; r++) {
      const range = ranges[r]
      if (range === undefined || range.start >= to) break
      if (range.end <= position) continue
      const start = Math.max(range.start, position)
      const end = Math.min(range.end, to)
      text += escapeInlineMarkdown(block.text.slice(position - from, start - from))
      text += markSpan(block.text.slice(start - from, end - from))
      position = end
    }
    text += escapeInlineMarkdown(block.text.slice(position - from))
    const markdown = marker ? numberedItem(marker, escapeLineStarts(text)) : formatBlock(block.kind, escapeLineStarts(text), headingLevel)
    if (markdown !== '') rendered.push(markdown)
  })
  return rendered.join('\n\n')
}

/** A numbered list item: its marker, then its text, later lines indented to the text. */
function numberedItem(marker: string, text: string): string {
  if (text.trim() === '') return ''
  return `${marker}${text.replace(/\n/g, `\n${' '.repeat(marker.length)}`)}`
}

/** A fenced code block whose fence is longer than any run of backticks inside it. */
function fenced(code: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}\n${code}\n${fence}`
}

/** Wraps text in `==`, line by line, keeping surrounding whitespace outside the markers. */
function markSpan(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/s.exec(line)
      const [, before = '', inner = '', after = ''] = match ?? []
      return inner === '' ? line : `${before}==${escapeInlineMarkdown(inner)}==${after}`
    })
    .join('\n')
}

function formatBlock(kind: Block['kind'], text: string, headingLevel: number): string {
  if (text.trim() === '') return ''
  switch (kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(headingLevel, 6))} ${text.replace(/\n+/g, ' ')}`
    case 'quote':
      return asBlockquote(text)
    case 'list-item':
      return `- ${text.replace(/\n/g, '\n  ')}`
    case 'caption':
    case 'summary':
      return `*${text.trim()}*`
    default:
      return text
  }
}
