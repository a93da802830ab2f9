// Two-column pages (papers, newsletters, magazine layouts) put two lines on every baseline; read
// row by row they interleave ("…the minister said | In Hanoi, the…"). This finds the gutter and
// gives a page's text pieces back in reading order: each band of rows across the gutter (a title,
// a wide figure, a footer) on its own, and between them the left column, then the right.
// Written by hand: pdfjs gives positions, not reading order, and no maintained library does this
// on Node without a rendering stack.
import type { PositionedText } from './pdf-lines'

// Too few pieces to tell columns from a short layout.
const MIN_PIECES = 8
const BINS = 100
// The gutter lies in the middle of the text, and each column holds a good share of the pieces.
const GUTTER_SEARCH = [0.3, 0.7] as const
const MIN_COLUMN_SHARE = 0.2
// Rows across the gutter (a title, a wide table, a footer) may be this share of the page at most,
// and rows split by it must be at least this many.
const MAX_SPANNING_SHARE = 0.2
const MIN_SPLIT_ROWS = 3
// Across a gutter the gap is wider than between two words of one line.
const MIN_GUTTER_EMS = 1
// Prose fills its column: the left column's lines mostly reach near the gutter, where a table's
// first column of short labels does not (a table is better read row by row).
const MIN_LEFT_FILL = 0.6

/** The page's pieces in reading order, in groups that each read top to bottom (one group for a one-column page). */
export function piecesInReadingOrder(items: readonly PositionedText[]): PositionedText[][] {
  const visible = items.filter((item) => item.text.trim() !== '' && item.fontSize > 0)
  const rows = rowsOf(visible)
  const gutter = findGutter(visible, rows)
  if (gutter === null) return [visible]
  const groups: PositionedText[][] = []
  let left: PositionedText[] = []
  let right: PositionedText[] = []
  const endColumns = (): void => {
    if (left.length > 0) groups.push(left)
    if (right.length > 0) groups.push(right)
    left = []
    right = []
  }
  for (const row of rows) {
    if (spansGutter(row, gutter)) {
      endColumns()
      groups.push(row)
      continue
    }
    for (const item of row) (item.x + item.width <= gutter ? left : right).push(item)
  }
  endColumns()
  return groups
}

/** The x of a gutter between two columns, or null when the page reads as one column. */
function findGutter(items: readonly PositionedText[], rows: readonly PositionedText[][]): number | null {
  if (items.length < MIN_PIECES) return null
  const left = Math.min(...items.map((item) => item.x))
  const right = Math.max(...items.map((item) => item.x + item.width))
  const width = right - left
  if (width <= 0) return null
  // The candidate: the x in the middle of the text that the fewest pieces cross.
  const binOf = (x: number): number => Math.min(BINS - 1, Math.max(0, Math.floor(((x - left) / width) * BINS)))
  const crossing = new Array<number>(BINS).fill(0)
  for (const item of items) for (let bin = binOf(item.x) + 1; bin < binOf(item.x + item.width); bin++) crossing[bin]!++
  let best = Math.ceil(GUTTER_SEARCH[0] * BINS)
  for (let bin = best; bin <= Math.floor(GUTTER_SEARCH[1] * BINS); bin++) if (crossing[bin]! < crossing[best]!) best = bin
  const gutter = left + ((best + 0.5) / BINS) * width
  // Confirmed by rows, whatever a PDF's pieces are (lines, words or letters): few rows run across
  // it, many have text on both sides a gutter apart, and each side holds a good share of the text.
  const spanning = rows.filter((row) => spansGutter(row, gutter)).length
  const split = rows.filter(
    (row) => !spansGutter(row, gutter) && row.some((item) => item.x >= gutter) && row.some((item) => item.x + item.width <= gutter)
  ).length
  if (spanning > rows.length * MAX_SPANNING_SHARE || split < MIN_SPLIT_ROWS) return null
  const onLeft = items.filter((item) => item.x + item.width <= gutter).length
  const onRight = items.filter((item) => item.x >= gutter).length
  if (onLeft < items.length * MIN_COLUMN_SHARE || onRight < items.length * MIN_COLUMN_SHARE) return null
  const leftEnds = rows.flatMap((row) => {
    const ends = row.filter((item) => item.x + item.width <= gutter).map((item) => item.x + item.width)
    return ends.length > 0 ? [Math.max(...ends)] : []
  })
  if (median(leftEnds) - left < (gutter - left) * MIN_LEFT_FILL) return null
  return gutter
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

// A row crosses the gutter when a piece does, or when its pieces either side are only a word apart.
function spansGutter(row: readonly PositionedText[], gutter: number): boolean {
  if (row.some((item) => item.x < gutter && item.x + item.width > gutter)) return true
  const leftEnd = Math.max(...row.filter((item) => item.x + item.width <= gutter).map((item) => item.x + item.width))
  const rightStart = Math.min(...row.filter((item) => item.x >= gutter).map((item) => item.x))
  const fontSize = Math.max(...row.map((item) => item.fontSize))
  return Number.isFinite(leftEnd) && Number.isFinite(rightStart) && rightStart - leftEnd < fontSize * MIN_GUTTER_EMS
}

/** Pieces grouped by baseline, top to bottom (baselines within half a font size share a row). */
export function rowsOf(items: readonly PositionedText[]): PositionedText[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: PositionedText[][] = []
  for (const item of sorted) {
    const row = rows[rows.length - 1]
    const first = row?.[0]
    if (row && first && Math.abs(first.y - item.y) <= Math.min(first.fontSize, item.fontSize) * 0.5) row.push(item)
    else rows.push([item])
  }
  return rows
}
