// Collapsing a block's white space moves every character after a run of it; the block's links
// must move with their words. Hand-written because it is collapseWhitespace with an offset map,
// which no text library gives.
import type { Link } from '../../../../shared/model/links'

const WHITE_SPACE = /[\s\u00a0\u200b]/

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
  let text = ''
  let spaceOwed = false
  for (let index = 0; index < raw.length; index++) {
    const character = raw[index]!
    if (WHITE_SPACE.test(character)) {
      landing[index] = text.length
      spaceOwed = text.length > 0
      continue
    }
    if (spaceOwed) text += ' '
    spaceOwed = false
    landing[index] = text.length
    text += character
  }
  landing[raw.length] = text.length
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
