// Obsidian and Logseq show `==text==` as a highlight; the full article text is exported with
// highlighted spans marked that way. `==` cannot nest or cross paragraphs, so overlapping
// highlights merge into one span and spans are cut at line breaks.
import type { Block } from '../model/document'
import type { Highlight } from '../model/annotation'
import { keepableImageSrc } from '../model/images'
import { usableLinks } from '../model/links'
import { usableCodeSpans } from '../model/code-spans'
import { blockOffsets, itemMarker } from '../model/text'
import { asBlockquote, escapeInlineMarkdown, escapeLineStarts } from './escape-markdown'
import { mergeRanges } from './highlight-ranges'
import { markdownCodeFence, markdownCodeSpan } from './markdown-code'

/** The article's blocks as Markdown with placed highlights wrapped in `==`. */
export function articleTextAsMarkdown(blocks: readonly Block[], placed: readonly Highlight[], headingLevel: number): string {
  const ranges = mergeRanges(placed)
  const offsets = blockOffsets(blocks)
  let next = 0
  const rendered: string[] = []
  blocks.forEach((block, index) => {
    const from = offsets[index] ?? 0
    const to = from + block.text.length
    // A picture goes out as the image it is, its data address inline (nothing to fetch).
    if (block.kind === 'image') {
      const src = block.image ? keepableImageSrc(block.image.src) : null
      if (src !== null) rendered.push(`![${escapeInlineMarkdown(block.image!.alt.replace(/\s+/g, ' '))}](${src})`)
      return
    }
    // Code goes out verbatim in a fence, where neither escapes nor == marks would be read.
    if (block.kind === 'code') {
      if (block.text.trim() !== '') rendered.push(markdownCodeFence(block.text))
      return
    }
    while (next < ranges.length && (ranges[next]?.end ?? 0) <= from) next++
    // A numbered item's number is its Markdown list marker, written as it is, outside any == mark.
    const marker = itemMarker(block)
    const touching: { start: number; end: number }[] = []
    for (let r = next; r < ranges.length && ranges[r]!.start < to; r++) touching.push(ranges[r]!)
    const text = inlineMarkdown(block, from + marker.length, to, touching, from)
    const markdown = marker ? numberedItem(marker, escapeLineStarts(text)) : formatBlock(block.kind, escapeLineStarts(text), headingLevel)
    if (markdown !== '') rendered.push(markdown)
  })
  return rendered.join('\n\n')
}

/**
 * The block's text from `start` to `end` (article offsets; the block starts at `from`): escaped,
 * highlighted spans in `==`, inline code in backticks, and each link as `[text](address)` around
 * whatever it covers.
 */
function inlineMarkdown(block: Block, start: number, end: number, ranges: readonly { start: number; end: number }[], from: number): string {
  const links = usableLinks(block.text, block.links).map((link) => ({ start: from + link.start, end: from + link.end, href: link.href }))
  const code = usableCodeSpans(block.text, block.codeSpans).map((span) => ({ start: from + span.start, end: from + span.end }))
  const cuts = new Set([start, end])
  for (const edge of [...ranges, ...links, ...code]) for (const point of [edge.start, edge.end]) if (point > start && point < end) cuts.add(point)
  const points = [...cuts].sort((a, b) => a - b)
  let markdown = ''
  let linkText = ''
  // Consecutive highlighted pieces are marked as one, so no "==" meets another or a backtick
  // mid-word ("==`div`s==", not "==`div`====s=="); a run is closed where a link opens or closes.
  let marked = ''
  let markedEnd = start
  let current: (typeof links)[number] | null = null
  const write = (text: string): void => {
    if (current === null) markdown += text
    else linkText += text
  }
  const closeMark = (): void => {
    // What the marks stand between: the last character written (a link's text opens after "["), and the text after the run.
    const before = current === null ? markdown.slice(-1) : linkText.slice(-1) || '['
    if (marked !== '') write(markWritten(marked, before, writtenAt(markedEnd)))
    marked = ''
  }
  // The first character written at `at`: each piece of code opens with a backtick, a link's text with "[" and ends with "]".
  const writtenAt = (at: number): string =>
    code.some((span) => span.start <= at && at < span.end)
      ? '`'
      : links.some((link) => link.start === at || link.end === at)
        ? ']'
        : block.text.charAt(at - from)
  // Ranges, links and code are each in order and do not overlap among themselves, so one pointer walks each.
  let range = 0
  let link = 0
  let inCode = 0
  for (let index = 0; index + 1 < points.length; index++) {
    const [pieceStart, pieceEnd] = [points[index]!, points[index + 1]!]
    while (range < ranges.length && ranges[range]!.end <= pieceStart) range++
    while (link < links.length && links[link]!.end <= pieceStart) link++
    while (inCode < code.length && code[inCode]!.end <= pieceStart) inCode++
    const piece = block.text.slice(pieceStart - from, pieceEnd - from)
    const highlighted = range < ranges.length && ranges[range]!.start <= pieceStart
    // Code is written as it is between backticks, where an escape would be read as text.
    const isCode = inCode < code.length && code[inCode]!.start <= pieceStart
    const written = isCode ? markdownCodeSpan(piece) : escapeInlineMarkdown(piece)
    const open = link < links.length && links[link]!.start <= pieceStart ? links[link]! : null
    if (open !== current) {
      closeMark()
      current = open
    }
    if (highlighted) {
      marked += written
      markedEnd = pieceEnd
    } else {
      closeMark()
      write(written)
    }
    if (open === null || open.end > pieceEnd) continue
    closeMark()
    // "![" would make the link an image, fetched by whatever shows the note.
    if (markdown.endsWith('!')) markdown = `${markdown.slice(0, -1)}\\!`
    markdown += `[${linkText}](${markdownAddress(open.href)})`
    linkText = ''
    current = null
  }
  closeMark()
  return markdown
}

// Characters that would end a Markdown link's address early or be read as an escape; encoded,
// the address is the same. (Stored web addresses are normalised, but a mail address keeps its text.)
const ADDRESS_ESCAPES: Record<string, string> = { '(': '%28', ')': '%29', ' ': '%20', '<': '%3C', '>': '%3E', '\\': '%5C' }

function markdownAddress(href: string): string {
  return href.replace(/[()<> \\]/g, (character) => ADDRESS_ESCAPES[character] ?? character)
}

/** A numbered list item: its marker, then its text, later lines indented to the text. */
function numberedItem(marker: string, text: string): string {
  if (text.trim() === '') return ''
  return `${marker}${text.replace(/\n/g, `\n${' '.repeat(marker.length)}`)}`
}

/**
 * Wraps written (escaped) Markdown in `==`, line by line, keeping surrounding whitespace outside
 * the markers; `before` and `after` are the characters around the run. Where `==` could not open
 * or close there, as emphasis cannot (`==`Promise`==s`: punctuation inside, a letter outside), the
 * run is marked `<mark>…</mark>`, which Obsidian and CommonMark readers show as a highlight too.
 */
function markWritten(text: string, before: string, after: string): string {
  const [open, close] = canMark(text, before, after) ? ['==', '=='] : ['<mark>', '</mark>']
  return text
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/s.exec(line)
      const [, leading = '', inner = '', trailing = ''] = match ?? []
      return inner === '' ? line : `${leading}${open}${inner}${close}${trailing}`
    })
    .join('\n')
}

// CommonMark's flanking rules, which markdown-it-mark applies to `==`: an opener must not be
// followed by punctuation unless whitespace or punctuation precedes it, and a closer likewise.
const PUNCTUATION = /[\p{P}\p{S}]/u
const SPACE = /^\s?$/u
function canMark(text: string, before: string, after: string): boolean {
  const inner = text.trim()
  if (inner === '') return true
  const first = inner.charAt(0)
  const last = inner.charAt(inner.length - 1)
  // Whitespace kept outside the marks stands between them and their neighbours.
  const outsideBefore = /^\s/u.test(text) ? ' ' : before
  const outsideAfter = /\s$/u.test(text) ? ' ' : after
  const opens = !PUNCTUATION.test(first) || SPACE.test(outsideBefore) || PUNCTUATION.test(outsideBefore)
  const closes = !PUNCTUATION.test(last) || SPACE.test(outsideAfter) || PUNCTUATION.test(outsideAfter)
  return opens && closes
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
