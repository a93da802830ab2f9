// Plain text copied from a whole web page (select all, paste) opens on the site's menu ("Skip to
// main content", "Menu", "Sign in", "World", "Business") and ends on its furniture ("Explore more
// on these topics", "Share", "Most viewed"). A web page read as HTML loses these to Readability and
// pageChrome; pasted, they are lines like any other, told apart by being a run of short lines
// that names the menu itself.
import type { Removal } from '../model/document'
import { wordSet } from './wordSet'
import { readBylineLine } from './bylines'

const MIN_RUN_LINES = 4
const MAX_MENU_LINE_WORDS = 3
const MAX_TAIL_LINE_WORDS = 5
// A run is the page's only when it says so: a menu or account word, or a "more to read" label.
const MENU_WORDS = wordSet('menu search home sections navigation subscribe login account register newsletter newsletters sign log')
const TAIL_LABEL =
  /^(?:explore more.*|most (?:viewed|read|popular)|related(?: \w+)?|reuse this content|share|comments?|more on this story|topics|read more|back to top)$/i

/** The lines without a pasted page's leading menu and trailing furniture, and those lines as removals. */
export function dropPastedPageMenus(lines: readonly string[]): { lines: string[]; removed: Removal[] } {
  const start = leadingMenuEnd(lines)
  const end = trailingFurnitureStart(lines, start)
  if (start === 0 && end === lines.length) return { lines: [...lines], removed: [] }
  const removed = [...lines.slice(0, start), ...lines.slice(end)].filter((line) => line !== '').map((text) => ({ kind: 'outside-the-article', text }))
  return { lines: lines.slice(start, end), removed }
}

const wordsOf = (line: string): string[] => line.trim().split(/\s+/).filter(Boolean)
// No digit, no sentence or field punctuation: "World", "Climate crisis", not "ID :" or "Updated 10.00".
// A byline ("By Sarah Chen", "Translated by Mai Huong") is the article's, however short.
const isShortLabel = (line: string, maxWords: number): boolean => {
  const words = wordsOf(line)
  return words.length > 0 && words.length <= maxWords && !/[\d.!?:,;]/.test(line) && readBylineLine(line.trim()) === null
}

function leadingMenuEnd(lines: readonly string[]): number {
  let end = 0
  let labels = 0
  let namesMenu = false
  while (end < lines.length && (lines[end] === '' || isShortLabel(lines[end]!, MAX_MENU_LINE_WORDS))) {
    if (lines[end] !== '') {
      labels++
      namesMenu ||= wordsOf(lines[end]!).some((word) => MENU_WORDS.has(word.toLowerCase()))
    }
    end++
  }
  return labels >= MIN_RUN_LINES && namesMenu && end < lines.length ? end : 0
}

function trailingFurnitureStart(lines: readonly string[], bodyStart: number): number {
  let start = lines.length
  let labels = 0
  let namesTail = false
  while (start > bodyStart && (lines[start - 1] === '' || isShortLabel(lines[start - 1]!, MAX_TAIL_LINE_WORDS))) {
    if (lines[start - 1] !== '') {
      labels++
      namesTail ||= TAIL_LABEL.test(lines[start - 1]!.trim())
    }
    start--
  }
  return labels >= MIN_RUN_LINES - 1 && namesTail && start > bodyStart ? start : lines.length
}
