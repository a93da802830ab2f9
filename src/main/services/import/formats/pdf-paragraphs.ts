// Joins a PDF's lines back into headings and paragraphs: a PDF only knows where each line
// sits, so paragraph breaks are inferred from line gaps, indents and font sizes.
import type { Block } from '../../../../shared/model/document'
import type { PdfLine } from './pdf-lines'

/** Blocks rebuilt from a PDF's lines, and the largest heading on the first page (a title candidate). */
export interface PdfParagraphs {
  blocks: Block[]
  firstPageHeading: string | null
}

interface Paragraph {
  kind: 'heading' | 'paragraph'
  lines: PdfLine[]
}

const HEADING_SIZE_RATIO = 1.15
const TERMINAL_PUNCTUATION = /[.!?:;"”’)\]]$/

/** Rebuilds paragraphs and headings from lines (pages in order), joining words hyphenated across lines. */
export function linesToParagraphs(pages: PdfLine[][]): PdfParagraphs {
  const lines = pages.flat()
  const bodySize = bodyFontSize(lines)
  const lineGap = typicalLineGap(pages, bodySize)
  const paragraphs: Paragraph[] = []
  let previous: PdfLine | null = null
  for (const line of lines) {
    const kind = line.fontSize >= bodySize * HEADING_SIZE_RATIO && line.text.length < 200 ? 'heading' : 'paragraph'
    const current = paragraphs[paragraphs.length - 1]
    if (current && previous && current.kind === kind && continuesParagraph(current, previous, line, lineGap)) current.lines.push(line)
    else paragraphs.push({ kind, lines: [line] })
    previous = line
  }
  const blocks = paragraphs.map((paragraph) => ({ kind: paragraph.kind, text: joinLines(paragraph.lines.map((line) => line.text)) }))
  return { blocks, firstPageHeading: largestFirstPageHeading(paragraphs) }
}

function continuesParagraph(paragraph: Paragraph, previous: PdfLine, line: PdfLine, lineGap: number): boolean {
  if (Math.abs(previous.fontSize - line.fontSize) > 1) return false
  // Across a page break or into the next column, a sentence left open carries on.
  if (line.page !== previous.page || line.segment !== previous.segment) return !TERMINAL_PUNCTUATION.test(previous.text)
  const gap = previous.y - line.y
  if (gap <= 0 || gap > lineGap * 1.4 + 0.5) return false
  if (paragraph.kind === 'heading') return true
  // Edges are those of the paragraph's lines in this column of this page.
  const members = paragraph.lines.filter((member) => member.page === line.page && member.segment === line.segment)
  // A first-line indent starts a new paragraph in books and papers without spacing.
  const leftEdge = Math.min(...members.map((member) => member.x))
  if (line.x > leftEdge + line.fontSize * 0.8) return false
  // A line ending a sentence well short of the right edge ended its paragraph.
  const rightEdge = Math.max(...members.map((member) => member.right))
  const width = rightEdge - leftEdge
  if (members.length > 1 && TERMINAL_PUNCTUATION.test(previous.text) && previous.right < leftEdge + width * 0.8) return false
  return true
}

/** Joins wrapped lines with spaces, re-joining a word hyphenated across a line break. */
export function joinLines(lines: string[]): string {
  let text = ''
  for (const line of lines) {
    if (text === '') text = line
    else if (/\p{L}[-\u00ad]$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line
    else text += ` ${line}`
  }
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

// The font size carrying the most characters is the body text's.
function bodyFontSize(lines: PdfLine[]): number {
  const charactersBySize = new Map<number, number>()
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2
    charactersBySize.set(size, (charactersBySize.get(size) ?? 0) + line.text.length)
  }
  let best = 0
  let bestCount = -1
  for (const [size, count] of charactersBySize) {
    if (count > bestCount) [best, bestCount] = [size, count]
  }
  return best || 12
}

// The most common baseline-to-baseline distance between body lines: the gap within a
// paragraph (gaps between paragraphs are larger and rarer).
function typicalLineGap(pages: PdfLine[][], bodySize: number): number {
  const countByGap = new Map<number, number>()
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const above = lines[i - 1]
      const below = lines[i]
      if (above && below && Math.abs(above.fontSize - bodySize) < 1 && Math.abs(below.fontSize - bodySize) < 1) {
        const gap = Math.round((above.y - below.y) * 2) / 2
        if (gap > 0) countByGap.set(gap, (countByGap.get(gap) ?? 0) + 1)
      }
    }
  }
  let typical = bodySize * 1.2
  let typicalCount = 0
  for (const [gap, count] of countByGap) {
    if (count > typicalCount || (count === typicalCount && gap < typical)) [typical, typicalCount] = [gap, count]
  }
  return typical
}

function largestFirstPageHeading(paragraphs: Paragraph[]): string | null {
  let best: Paragraph | null = null
  for (const paragraph of paragraphs) {
    const first = paragraph.lines[0]
    if (paragraph.kind !== 'heading' || !first || first.page !== 0) continue
    if (!best || first.fontSize > (best.lines[0]?.fontSize ?? 0)) best = paragraph
  }
  return best ? joinLines(best.lines.map((line) => line.text)) : null
}
