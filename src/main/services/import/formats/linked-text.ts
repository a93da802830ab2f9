// Collapsing a block's white space moves every character after a run of it; the block's links
// must move with their words. Hand-written because it is collapseWhitespace with an offset map,
// which no text library gives.
import { isWhiteSpaceCode } from '../../../../shared/model/letters'
import type { Link } from '../../../../shared/model/links'

// What collapseWhitespace collapses: JavaScript's white space, and the zero-width space.
const isCollapsed = (code: number): boolean => code === 0x200b || isWhiteSpaceCode(code)

/** A block's text and its links, the links' offsets into that text. */
export interface LinkedText {
  text: string
  links: Link[]
}

/**
 * The text with runs of white space collapsed to one space and its ends trimmed (as
 * collapseWhitespace), and each link moved onto the same words, without white space at its ends.
 */
export function collapseKeepingLinks(raw: string, links: readonly Link[]): LinkedText {
  // Where each raw offset lands in the collapsed text; a run of white space lands on the one
  // space written for it (or, trimmed, on the next word).
  const landing = new Int32Array(raw.length + 1)
  // The text is written in runs between white space, not a character at a time.
  let text = ''
  let spaceOwed = false
  let runStart = -1
  for (let index = 0; index <= raw.length; index++) {
    const collapsed = index === raw.length || isCollapsed(raw.charCodeAt(index))
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
  const moved: Link[] = []
  for (const link of links) {
    let start = landing[Math.min(link.start, raw.length)]!
    let end = landing[Math.min(link.end, raw.length)]!
    while (start < end && text[start] === ' ') start++
    while (end > start && text[end - 1] === ' ') end--
    if (end > start) moved.push({ start, end, href: link.href })
  }
  return { text, links: moved }
}
