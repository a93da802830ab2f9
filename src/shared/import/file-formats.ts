// Which files Gloss can import, told from the name alone: the server decides by it, and the page
// uses it to answer for a file without sending it (a video in a dropped folder, say).
import type { SourceFormat } from '../model/document'

const FORMAT_OF_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.epub': 'epub',
  '.docx': 'docx'
}

// Text formats are kept whole as the article's original, so their reader can run on it again;
// of a container (PDF, EPUB, DOCX) only its extracted text is kept.
const SOURCE_KEPT: ReadonlySet<SourceFormat> = new Set(['txt', 'md', 'html'])

/** Whether an article of this format keeps its file's source as its original text. */
export function keepsSource(format: SourceFormat): boolean {
  return SOURCE_KEPT.has(format)
}

/** File extensions (with their dot, lower case) that Gloss can import. */
export const SUPPORTED_EXTENSIONS: string[] = Object.keys(FORMAT_OF_EXTENSION)

/** The last segment of a path with either separator. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}

/** The extension of a path's last segment with its dot, as Node's `extname` gives it ("" for "notes" or ".profile"). */
export function extensionOf(path: string): string {
  const name = baseName(path)
  const dot = name.lastIndexOf('.')
  return dot <= 0 || name === '..' ? '' : name.slice(dot)
}

/** The source format a path's extension names, or null when Gloss cannot import it. */
export function formatOfPath(path: string): SourceFormat | null {
  return FORMAT_OF_EXTENSION[extensionOf(path).toLowerCase()] ?? null
}

/** Why a file of an unsupported type is refused, phrased to follow its name. */
export function unsupportedTypeReason(path: string): string {
  return `has an unsupported file type (${extensionOf(path) || 'no extension'}); Gloss imports ${SUPPORTED_EXTENSIONS.join(', ')}`
}
