// Rebuilds text lines from a PDF page's positioned text pieces and drops what repeats on
// every page (running headers, footers, page numbers). Pure, so it is tested without PDFs.
import type { Removal } from '../../../../shared/model/document'
import { isScriptSized, piecesInReadingOrder, rowsOf } from './pdf-columns'
import { scriptText } from './script-text'

/** One piece of text as a PDF places it: its baseline start (x, y up the page), width and font size. */
export interface PositionedText {
  text: string
  x: number
  y: number
  width: number
  fontSize: number
}

/** One visual line of a page. */
export interface PdfLine {
  text: string
  x: number
  /** Where the line's last piece of text ends. */
  right: number
  y: number
  fontSize: number
  page: number
  /** Which run of the page's reading order holds the line: 0 on a one-column page; each column, and each band across columns, is a run. */
  segment: number
}

/** A page's lines in reading order: top to bottom, and column by column on a page set in columns. */
export function pageLines(items: readonly PositionedText[], page: number): PdfLine[] {
  return piecesInReadingOrder(items).flatMap((group, segment) => groupIntoLines(group, page, segment))
}

/** Groups text pieces into lines, top to bottom, with spaces where pieces stand apart. */
export function groupIntoLines(items: readonly PositionedText[], page: number, segment = 0): PdfLine[] {
  const visible = items.filter((item) => item.text.trim() !== '' && item.fontSize > 0)
  // Pieces whose baselines are within half a font size share a line (sub- and superscripts too).
  return rowsOf(visible).map((row) => lineOf(row, page, segment))
}

function lineOf(row: PositionedText[], page: number, segment: number): PdfLine {
  const pieces = [...row].sort((a, b) => a.x - b.x)
  const body = bodyPiece(pieces)
  let text = ''
  let previousEnd = Number.NEGATIVE_INFINITY
  for (const piece of pieces) {
    const gap = piece.x - previousEnd
    const script = body === undefined ? null : scriptOf(piece, body)
    if (text !== '' && gap > piece.fontSize * 0.15 && !text.endsWith(' ') && !piece.text.startsWith(' ')) text += ' '
    text += script === null ? piece.text : scriptText(script, piece.text, { before: text, linksToAnchor: false })
    previousEnd = piece.x + piece.width
  }
  const first = pieces[0]
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x: first?.x ?? 0,
    right: previousEnd,
    y: body?.y ?? 0,
    fontSize: Math.max(...pieces.map((piece) => piece.fontSize)),
    page,
    segment
  }
}

// The piece holding most of the line's characters sets its size and baseline.
function bodyPiece(pieces: readonly PositionedText[]): PositionedText | undefined {
  return pieces.reduce<PositionedText | undefined>((best, piece) => (best === undefined || piece.text.length > best.text.length ? piece : best), undefined)
}

// Smaller than the line and off its baseline: raised a sixth of the line's size or more, or lowered a tenth.
function scriptOf(piece: PositionedText, body: PositionedText): 'sup' | 'sub' | null {
  if (piece === body || !isScriptSized(piece, body.fontSize)) return null
  const rise = piece.y - body.y
  if (rise >= body.fontSize / 6) return 'sup'
  if (rise <= -body.fontSize / 10) return 'sub'
  return null
}

// Only a page's outermost lines can be running headers, footers or page numbers.
const EDGE_LINES = 2
const PAGE_NUMBER = /^(?:page\s+)?[-–—([]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i
// A web page printed to PDF by a browser carries the print's date and time at its top
// ("11/23/26, 8:15 AM"), and its address and page count at its foot ("https://… 1/2"), on
// every page: dropped even from a single page, where no repetition shows them up.
const PRINT_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4},\s*\d{1,2}:\d{2}(?:\s*[AP]M)?\b/
const PRINT_ADDRESS = /^(?:https?|file):\/\/\S+(?:\s+\d{1,4}\/\d{1,4})?$/

/** The pages without their page numbers and running lines, and each distinct line dropped, as a removal. */
export interface PagesWithoutFurniture {
  pages: PdfLine[][]
  removed: Removal[]
}

/** Removes page numbers, and lines repeated at the same place near the top or bottom of most pages. */
export function removeRunningHeadersAndPageNumbers(pages: PdfLine[][]): PagesWithoutFurniture {
  const pagesWithKey = new Map<string, number>()
  for (const lines of pages) {
    const keys = new Set(edgeLines(lines).map(runningKey))
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1)
  }
  const minimumRepeats = Math.max(2, Math.ceil(pages.length * 0.5))
  // A header printed on every page is recorded once, not once a page.
  const removed = new Map<string, Removal>()
  const drop = (kind: string, line: PdfLine): false => {
    removed.set(`${kind}|${line.text}`, { kind, text: line.text })
    return false
  }
  const kept = pages.map((lines) => {
    const edges = new Set(edgeLines(lines))
    return lines.filter((line) => {
      if (!edges.has(line)) return true
      if (PAGE_NUMBER.test(line.text)) return drop('page-number', line)
      if (PRINT_DATE.test(line.text) || PRINT_ADDRESS.test(line.text)) return drop('print-margin', line)
      return (pagesWithKey.get(runningKey(line)) ?? 0) < minimumRepeats || drop('running-header', line)
    })
  })
  return { pages: kept, removed: [...removed.values()] }
}

// By position, not reading order: on a page set in columns, a header split across the gutter
// has its right half at the head of the right column, in the middle of the page's lines.
function edgeLines(lines: PdfLine[]): PdfLine[] {
  if (lines.length <= EDGE_LINES * 2) return lines
  const rows = [...new Set(lines.map((line) => Math.round(line.y)))].sort((a, b) => b - a)
  const edges = new Set([...rows.slice(0, EDGE_LINES), ...rows.slice(-EDGE_LINES)])
  return lines.filter((line) => edges.has(Math.round(line.y)))
}

// Digits are masked so "Chapter 3 · page 12" on one page matches "page 13" on the next.
function runningKey(line: PdfLine): string {
  return `${Math.round(line.y / 4)}|${line.text.toLowerCase().replace(/\d+/g, '#')}`
}
