// Collapsing a block's white space moves every character after a run of it; the block's links
// and inline code must move with their words. Hand-written because it is collapseWhitespace with
// an offset map, which no text library gives.
import { shiftCodeSpans, spacesInsideCode, type CodeSpan } from './code-spans'
import { isWhiteSpaceCode } from './letters'
import { shiftLinks, type Link } from './links'

// What collapseWhitespace collapses: JavaScript's white space, and the zero-width space.
const isCollapsed = (code: number): boolean => code === 0x200b || isWhiteSpaceCode(code)

/** A block's text, its links and its inline code, by offsets into that text. */
export interface SpannedText {
  text: string
  links: Link[]
  codeSpans: CodeSpan[]
}

/**
 * Where white space inside code is kept. Markdown's rule: inside a backtick span, spaces are the
 * code's own (`ls  -la`), a line break is one space. HTML's `<code>` collapses them as a browser
 * does (its source is indented).
 */
export interface CodeSpacing {
  /** The spans whose inner white space is kept. */
  keepSpacesIn?: readonly CodeSpan[]
}

/**
 * The text with runs of white space collapsed to one space and its ends trimmed (as
 * collapseWhitespace), and each link and code span moved onto the same words, without white
 * space at its ends.
 */
export function collapseKeepingSpans(
  written: string,
  links: readonly Link[],
  codeSpans: readonly CodeSpan[] = [],
  { keepSpacesIn = [] }: CodeSpacing = {}
): SpannedText {
  const kept = keepSpacesIn.length > 0 ? spacesInsideCode(written, keepSpacesIn) : null
  // A kept space is written as a space (a line break in code is one): the same length, so offsets hold.
  const raw = kept === null ? written : written.replace(/\s/g, (space, at: number) => (kept[at] === 1 ? ' ' : space))
  // Where each raw offset lands in the collapsed text; a run of white space lands on the one
  // space written for it (or, trimmed, on the next word).
  const landing = new Int32Array(raw.length + 1)
  // The text is written in runs between white space, not a character at a time.
  let text = ''
  let spaceOwed = false
  let runStart = -1
  for (let index = 0; index <= raw.length; index++) {
    const collapsed = index === raw.length || (isCollapsed(raw.charCodeAt(index)) && kept?.[index] !== 1)
    if (!collapsed) {
      if (runStart < 0) {
        if (spaceOwed) text += ' '
        spaceOwed = false
        runStart = index
      }
      landing[index] = text.length + index - runStart
      continue
    }
    if (runStart >= 0) {
      text += raw.slice(runStart, index)
      runStart = -1
    }
    landing[index] = text.length
    spaceOwed = text.length > 0
  }
  const move = <T extends { start: number; end: number }>(spans: readonly T[]): T[] =>
    spans.flatMap((span) => {
      let start = landing[Math.min(span.start, raw.length)]!
      let end = landing[Math.min(span.end, raw.length)]!
      while (start < end && text[start] === ' ') start++
      while (end > start && text[end - 1] === ' ') end--
      return end > start ? [{ ...span, start, end }] : []
    })
  return { text, links: move(links), codeSpans: move(codeSpans) }
}

/** Texts joined with `separator` between them, each one's links and code carried onto the joined text, white space collapsed. */
export function joinSpanned(parts: readonly Partial<SpannedText>[], separator: string, { keepSpacesInCode = false } = {}): SpannedText {
  let raw = ''
  const links: Link[] = []
  const codeSpans: CodeSpan[] = []
  parts.forEach((part, index) => {
    if (index > 0) raw += separator
    links.push(...shiftLinks(part.links ?? [], raw.length))
    codeSpans.push(...shiftCodeSpans(part.codeSpans ?? [], raw.length))
    raw += part.text ?? ''
  })
  // The parts' code was read already: what spaces it kept are its own.
  return collapseKeepingSpans(raw, links, codeSpans, { keepSpacesIn: keepSpacesInCode ? codeSpans : [] })
}
