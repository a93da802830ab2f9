// Cleaning repairs a block's text (a split glued word, junk taken out, mojibake mended), which
// moves the words its links cover. Each link is found again on its own words in the cleaned text.
import type { Link } from '../model/links'

/** The links of `before` placed on the same words of `after`, the cleaned text; a link whose words are gone is left out. */
export function carryLinks(before: string, after: string, links: readonly Link[] | undefined): Link[] {
  if (!links || links.length === 0) return []
  if (before === after) return [...links]
  let squeezed: Squeezed | null = null
  const carried: Link[] = []
  for (const link of links) {
    // Where the link should be if the text around it changed evenly: the nearest match wins.
    const expected = (link.start / Math.max(1, before.length)) * after.length
    const words = before.slice(link.start, link.end)
    const exact = nearest(occurrences(after, words), (at) => at, expected)
    if (exact !== null) {
      carried.push({ ...link, start: exact, end: exact + words.length })
      continue
    }
    // A repair that split a glued word changed only white space: the words match without it.
    squeezed ??= withoutWhiteSpace(after)
    const offsets = squeezed.offsets
    const wordsSqueezed = withoutWhiteSpace(words).text
    const at = nearest(occurrences(squeezed.text, wordsSqueezed), (index) => offsets[index]!, expected)
    if (at !== null) carried.push({ ...link, start: offsets[at]!, end: offsets[at + wordsSqueezed.length - 1]! + 1 })
  }
  return carried.sort((a, b) => a.start - b.start)
}

function occurrences(text: string, words: string): number[] {
  const found: number[] = []
  if (words === '') return found
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) found.push(at)
  return found
}

function nearest(starts: readonly number[], place: (start: number) => number, expected: number): number | null {
  if (starts.length === 0) return null
  return starts.reduce((best, start) => (Math.abs(place(start) - expected) < Math.abs(place(best) - expected) ? start : best))
}

interface Squeezed {
  text: string
  offsets: number[]
}

// The text without white space, and the offset in the text of each character kept.
function withoutWhiteSpace(text: string): Squeezed {
  let squeezed = ''
  const offsets: number[] = []
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index]!)) continue
    squeezed += text[index]
    offsets.push(index)
  }
  return { text: squeezed, offsets }
}
