// Builds test PDFs with pdf-lib: pages of Helvetica text lines at chosen positions, so
// tests control line gaps, indents, font sizes, running headers and page numbers.
import { PDFDocument, StandardFonts } from 'pdf-lib'

/** One line of text on a test page; y is measured up from the bottom of a 612×792 page. */
export interface TestPdfLine {
  text: string
  x?: number
  y: number
  size?: number
  /** Set instead of `text`: runs drawn one after another, each at its own size and rise off the baseline (superscripts, subscripts). */
  runs?: { text: string; size?: number; rise?: number }[]
}

/** Creates a PDF whose pages hold the given lines, with an optional title in its metadata. */
export async function makePdf(pages: TestPdfLine[][], options: { title?: string; author?: string } = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  const font = await document.embedFont(StandardFonts.Helvetica)
  for (const lines of pages) {
    const page = document.addPage([612, 792])
    for (const line of lines) {
      let x = line.x ?? 72
      for (const run of line.runs ?? [{ text: line.text, size: line.size }]) {
        const size = run.size ?? line.size ?? 11
        page.drawText(run.text, { x, y: line.y + ('rise' in run ? (run.rise ?? 0) : 0), size, font })
        x += font.widthOfTextAtSize(run.text, size)
      }
    }
  }
  if (options.title) document.setTitle(options.title)
  if (options.author) document.setAuthor(options.author)
  document.setCreationDate(new Date(Date.UTC(2022, 2, 14)))
  return document.save({ useObjectStreams: false })
}

/** Lays out paragraphs as 11 pt lines (14 pt apart, 22 pt between paragraphs) from the top of a page down. */
export function paragraphLines(paragraphs: string[][], top = 700): TestPdfLine[] {
  const lines: TestPdfLine[] = []
  let y = top
  for (const paragraph of paragraphs) {
    for (const text of paragraph) {
      lines.push({ text, y })
      y -= 14
    }
    y -= 8
  }
  return lines
}
