// Plain text copied from a whole web page (select all, paste) opens on the site's menu ("Skip to
// main content", "Menu", "Sign in", "World", "Business") and ends on its furniture ("Explore more
// on these topics", "Share", "Most viewed"). A web page read as HTML loses these to Readability and
// pageChrome; pasted, they are lines like any other, told apart by being a run of short lines
// that names the menu itself.
import type { Removal } from '../model/document'
import { readBylineLine } from './bylines'

const MIN_RUN_LINES = 4
const MIN_TAIL_LINES = 2
const MAX_MENU_LINE_WORDS = 3
const MAX_TAIL_LINE_WORDS = 5
// A run is the page's only when it says so: two lines that are menu or account labels whole
// ("Menu", "Sign in"; not a headline holding "Home"), or a "more to read" label.
const MENU_LABEL = /^(?:menu|search|home|sections|navigation|subscribe|log ?in|sign in|sign up|register|my account|account|newsletters?)$/i
const MIN_MENU_LABELS = 2
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
  let menuLabels = 0
  while (end < lines.length && (lines[end] === '' || isShortLabel(lines[end]!, MAX_MENU_LINE_WORDS))) {
    if (lines[end] !== '') {
      labels++
      if (MENU_LABEL.test(lines[end]!.trim())) menuLabels++
    }
    end++
  }
  if (labels < MIN_RUN_LINES || menuLabels < MIN_MENU_LABELS || end >= lines.length) return 0
  // A short headline set apart below the menu by a blank line is the story's ("Homes Approved").
  let last = end
  while (last > 0 && lines[last - 1] === '') last--
  const lastLine = last - 1
  return lastLine > 0 && lines[lastLine - 1] === '' && !MENU_LABEL.test(lines[lastLine]!.trim()) ? lastLine : end
}

function trailingFurnitureStart(lines: readonly string[], bodyStart: number): number {
  // The furniture starts at its first "more to read" label: short lines above it (names closing
  // an obituary, the last items of a list) are the story's.
  let start = lines.length
  let firstLabel = -1
  while (start > bodyStart && (lines[start - 1] === '' || isShortLabel(lines[start - 1]!, MAX_TAIL_LINE_WORDS))) {
    start--
    if (TAIL_LABEL.test(lines[start]!.trim())) firstLabel = start
  }
  if (firstLabel < 0) return lines.length
  const furniture = lines.slice(firstLabel).filter((line) => line !== '').length
  return furniture >= MIN_TAIL_LINES && firstLabel > bodyStart ? firstLabel : lines.length
}
