// The import service's format readers behind one door: pick the reader for a file by its
// extension, enforce the size limits, and return text or blocks with metadata.
// sanitizeHtml is imported from './sanitize-html' directly, not from here: it loads jsdom
// (about 0.4 s), which no import worker needs.
import { decodeText } from './decode-text'
import { readDocxFile } from './docx'
import { readEpubFile } from './epub'
import { readHtmlFile } from './html'
import { ImportError } from './import-error'
import { readMarkdownFile } from './markdown'
import { readPdfFile } from './pdf'
import type { ReadOptions, ReadResult } from './read-result'
import { maxBytesForFormat, tooLargeReason } from '../../../../shared/import/size-limits'
import { formatOfPath, unsupportedTypeReason } from '../../../../shared/import/file-formats'

export type { BlocksReadResult, ReadResult, TextReadResult } from './read-result'
export { ImportError } from './import-error'
export { extractHtmlArticle } from './html'
export { maxBytesForFormat, MAX_CONTAINER_FILE_BYTES, MAX_TEXT_FILE_BYTES } from '../../../../shared/import/size-limits'
export { formatOfPath, SUPPORTED_EXTENSIONS } from '../../../../shared/import/file-formats'

/** Reads one file's bytes by its extension; throws ImportError naming the file when it cannot be imported. */
export async function readFileForImport(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const format = formatOfPath(path)
  if (format === null) throw new ImportError(path, unsupportedTypeReason(path))
  if (bytes.byteLength > maxBytesForFormat(format)) throw new ImportError(path, tooLargeReason(bytes.byteLength, format))
  switch (format) {
    case 'txt': {
      const { text, warnings } = decodeText(bytes, path)
      return { kind: 'text', text, warnings }
    }
    case 'md':
      return readMarkdownFile(path, bytes, options)
    case 'html':
      return readHtmlFile(path, bytes, options)
    case 'pdf':
      return readPdfFile(path, bytes)
    case 'epub':
      return readEpubFile(path, bytes)
    case 'docx':
      return readDocxFile(path, bytes)
  }
}
