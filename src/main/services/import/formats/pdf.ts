// Reads a PDF's text layer with pdf.js (legacy build, which runs on Node 20 and polyfills
// what it needs, such as Promise.withResolvers) and rebuilds the article's paragraphs.
import type { PositionedText } from './pdf-lines'
import { pageLines, removeRunningHeadersAndPageNumbers, type PdfLine } from './pdf-lines'
import { linesToParagraphs } from './pdf-paragraphs'
import { ImportError } from './import-error'
import { readMetadataDate } from './iso-date'
import type { BlocksReadResult } from './read-result'
import type { Removal } from '../../../../shared/model/document'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let pdfJsLoading: Promise<PdfJs> | null = null

// pdf.js runs its parser in a worker; in Node it falls back to a "fake worker" in this thread.
// Handing it the worker's handler up front spares it a dynamic import by file URL, which
// breaks once the main process is bundled.
function loadPdfJs(): Promise<PdfJs> {
  pdfJsLoading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: worker.WorkerMessageHandler }
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return pdfJsLoading
}

/** Reads a .pdf file's text layer into blocks, with title, author, date and language from its metadata. */
export async function readPdfFile(path: string, bytes: Uint8Array): Promise<BlocksReadResult> {
  if (!hasPdfHeader(bytes)) throw new ImportError(path, 'is not a PDF file (it has no PDF header)')
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given and rejects Node Buffers,
    // so it gets a plain copy (Buffer#slice would share memory, not copy).
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: true,
    verbosity: 0
  })
  let document: Awaited<typeof task.promise>
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy()
    throw openingError(path, error)
  }
  try {
    const warnings: string[] = []
    const pages: PdfLine[][] = []
    let unreadablePages = 0
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number)
        const content = await page.getTextContent()
        pages.push(pageLines(content.items.flatMap(positionedText), number - 1))
        page.cleanup()
      } catch {
        unreadablePages++
      }
    }
    if (unreadablePages === document.numPages) throw new ImportError(path, 'is damaged: none of its pages can be read')
    if (unreadablePages > 0) warnings.push(`${unreadablePages} of ${document.numPages} pages could not be read (the file may be damaged)`)
    const rawText = pages.map((lines) => lines.map((line) => line.text).join('\n')).join('\n\n')
    if (rawText.trim() === '') throw new ImportError(path, 'has no text layer (it may be a scanned image; text recognition is not supported)')

    const furnitureless = removeRunningHeadersAndPageNumbers(pages)
    const { blocks, firstPageHeading } = linesToParagraphs(furnitureless.pages)
    const info = ((await document.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>
    return {
      kind: 'blocks',
      source: null,
      title: usefulTitle(info.Title) ?? firstPageHeading,
      byline: textField(info.Author),
      // A browser's print of a web page was created when it was printed, not when it was published.
      ...(printedByBrowser(info, furnitureless.removed) ? readMetadataDate(null) : readMetadataDate(textField(info.CreationDate))),
      language: textField(info.Language),
      blocks,
      removed: furnitureless.removed,
      originalText: rawText,
      warnings
    }
  } finally {
    await document.destroy()
  }
}

function positionedText(item: object): PositionedText[] {
  if (!('str' in item) || !('transform' in item)) return []
  const { str, transform, width } = item as { str: string; transform: number[]; width: number }
  const [, , c = 0, d = 0, x = 0, y = 0] = transform
  return [{ text: str, x, y, width, fontSize: Math.hypot(c, d) }]
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a little junk; readers accept it within the first kilobyte.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1').includes('%PDF-')
}

function openingError(path: string, error: unknown): ImportError {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') return new ImportError(path, 'is password-protected', { cause: error })
  const detail = error instanceof Error ? error.message : String(error)
  return new ImportError(path, `is damaged or not a valid PDF (${detail})`, { cause: error })
}

function textField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

// Word and other tools often leave the file name or a placeholder as the PDF's title.
function usefulTitle(value: unknown): string | null {
  const title = textField(value)
  // A file's name or address stands in for a missing title ("Microsoft Word - draft.docx", "page.html").
  if (!title || /^(untitled|microsoft word - .*|.*\.(docx?|pdf|tex|indd|html?|txt|md)|(?:https?|file):\/\/\S+)$/i.test(title)) return null
  return title
}

// Chromium and Firefox name themselves as the PDF's producer; their print margins give them away too.
function printedByBrowser(info: Record<string, unknown>, removed: readonly Removal[]): boolean {
  const maker = `${textField(info.Producer) ?? ''} ${textField(info.Creator) ?? ''}`
  return /Skia\/PDF|Chromium|Chrome|Firefox|Mozilla|WebKit|Safari/i.test(maker) || removed.some((removal) => removal.kind === 'print-margin')
}
