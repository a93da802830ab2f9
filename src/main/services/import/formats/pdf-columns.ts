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
// Prose fills its columns: most lines span most of their column's width, where a table's columns
// of short labels, values or page numbers do not (a table is better read row by row).
const MIN_FILL = 0.6
// The narrower column is at least this share of the wider (a sidebar beside the text counts).
const MIN_WIDTH_RATIO = 0.4

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
  const bodySize = median(visible.map((item) => item.fontSize))
  for (const row of rows) {
    if (spansGutter(row, gutter, bodySize)) {
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
  // The candidate: the x in the middle of the text that the fewest pieces reach, moved to the
  // middle of the empty strip around it.
  const binOf = (x: number): number => Math.min(BINS - 1, Math.max(0, Math.floor(((x - left) / width) * BINS)))
  const crossing = new Array<number>(BINS).fill(0)
  for (const item of items) for (let bin = binOf(item.x); bin <= binOf(item.x + item.width); bin++) crossing[bin]!++
  let best = Math.ceil(GUTTER_SEARCH[0] * BINS)
  for (let bin = best; bin <= Math.floor(GUTTER_SEARCH[1] * BINS); bin++) if (crossing[bin]! < crossing[best]!) best = bin
  const candidate = left + ((best + 0.5) / BINS) * width
  const leftEnd = Math.max(...items.filter((item) => item.x + item.width <= candidate).map((item) => item.x + item.width))
  const rightStart = Math.min(...items.filter((item) => item.x >= candidate).map((item) => item.x))
  if (!Number.isFinite(leftEnd) || !Number.isFinite(rightStart)) return null
  const gutter = (leftEnd + rightStart) / 2
  // Confirmed by rows, whatever a PDF's pieces are (lines, words or letters): few rows run across
  // it, many have text on both sides a gutter apart, and each side holds a good share of the text.
  const bodySize = median(items.map((item) => item.fontSize))
  const spans = rows.map((row) => spansGutter(row, gutter, bodySize))
  const split = rows.filter((row, index) => !spans[index] && row.some((item) => item.x >= gutter) && row.some((item) => item.x + item.width <= gutter))
  if (spans.filter(Boolean).length > rows.length * MAX_SPANNING_SHARE || split.length < MIN_SPLIT_ROWS) return null
  const onLeft = items.filter((item) => item.x + item.width <= gutter).length
  const onRight = items.filter((item) => item.x >= gutter).length
  if (onLeft < items.length * MIN_COLUMN_SHARE || onRight < items.length * MIN_COLUMN_SHARE) return null
  // Columns are of comparable widths, and prose fills them; a table of labels and values, or of
  // entries and page numbers, does not.
  const leftWidth = gutter - left
  const rightWidth = right - rightStart
  if (rightWidth < leftWidth * MIN_WIDTH_RATIO || leftWidth < rightWidth * MIN_WIDTH_RATIO) return null
  const sideWidths = (side: (item: PositionedText) => boolean): number[] =>
    rows.flatMap((row) => {
      const pieces = row.filter(side)
      return pieces.length > 0 ? [Math.max(...pieces.map((item) => item.x + item.width)) - Math.min(...pieces.map((item) => item.x))] : []
    })
  if (median(sideWidths((item) => item.x + item.width <= gutter)) < (gutter - left) * MIN_FILL) return null
  if (median(sideWidths((item) => item.x >= gutter)) < (right - rightStart) * MIN_FILL) return null
  return gutter
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

// A row crosses the gutter when a piece does, or when its pieces either side are only a word
// apart: measured in the body's font size, so a large heading within a column is no band, or in
// half the row's own size, so the wide word spaces of a large title across both columns are.
function spansGutter(row: readonly PositionedText[], gutter: number, bodySize: number): boolean {
  if (row.some((item) => item.x < gutter && item.x + item.width > gutter)) return true
  const leftEnd = Math.max(...row.filter((item) => item.x + item.width <= gutter).map((item) => item.x + item.width))
  const rightStart = Math.min(...row.filter((item) => item.x >= gutter).map((item) => item.x))
  const rowSize = Math.max(...row.map((item) => item.fontSize))
  return Number.isFinite(leftEnd) && Number.isFinite(rightStart) && rightStart - leftEnd < Math.max(bodySize * MIN_GUTTER_EMS, rowSize * 0.5)
}

/** Pieces grouped by baseline, top to bottom (baselines within half a font size share a row). */
export function rowsOf(items: readonly PositionedText[]): PositionedText[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: PositionedText[][] = []
  // Each row is measured against its largest piece, so a superscript that starts a row does not
  // shut out the subscript later in it.
  let reference: PositionedText | undefined
  for (const item of sorted) {
    const row = rows[rows.length - 1]
    if (row && reference && sharesRow(reference, item)) {
      row.push(item)
      if (item.fontSize > reference.fontSize) reference = item
    } else {
      rows.push([item])
      reference = item
    }
  }
  return rows
}

// A raised or lowered figure (a note's "1", the "2" of "km²") is set smaller and a third of the
// line's size off its baseline: it belongs to the line whose size it is measured against.
function sharesRow(a: PositionedText, b: PositionedText): boolean {
  const [small, large] = a.fontSize <= b.fontSize ? [a, b] : [b, a]
  const reach = isScriptSized(small, large.fontSize) ? large.fontSize * 0.5 : small.fontSize * 0.5
  return Math.abs(a.y - b.y) <= reach
}

/** Whether a piece is set like a superscript or subscript next to text of `lineSize`: smaller, and a few characters. */
export function isScriptSized(piece: PositionedText, lineSize: number): boolean {
  return piece.fontSize <= lineSize * 0.85 && piece.text.trim().length <= 6
}
