// The import service's format readers behind one door: pick the reader for a file by its
// extension, enforce the size limits, and return text or blocks with metadata.
// sanitizeHtml is imported from './sanitize-html' directly, not from here: it loads jsdom
// (about 0.4 s), which no import worker needs.
import { extname } from 'node:path'
import type { SourceFormat } from '../../../../shared/model/document'
import { decodeText } from './decode-text'
import { readDocxFile } from './docx'
import { readEpubFile } from './epub'
import { readHtmlFile } from './html'
import { ImportError } from './import-error'
import { readMarkdownFile } from './markdown'
import { readPdfFile } from './pdf'
import type { ReadResult } from './read-result'
import { formatByteSize, maxBytesForFormat } from './size-limits'

export type { BlocksReadResult, ReadResult, TextReadResult } from './read-result'
export { ImportError } from './import-error'
export { extractHtmlArticle } from './html'
export { maxBytesForFormat, MAX_CONTAINER_FILE_BYTES, MAX_TEXT_FILE_BYTES } from './size-limits'

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

/** File extensions (with their dot, lower case) that Gloss can import. */
export const SUPPORTED_EXTENSIONS: string[] = Object.keys(FORMAT_OF_EXTENSION)

/** The source format a path's extension names, or null when Gloss cannot import it. */
export function formatOfPath(path: string): SourceFormat | null {
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? null
}

/** Reads one file's bytes by its extension; throws ImportError naming the file when it cannot be imported. */
export async function readFileForImport(path: string, bytes: Uint8Array): Promise<ReadResult> {
  const format = formatOfPath(path)
  if (format === null) {
    const extension = extname(path) || 'no extension'
    throw new ImportError(path, `has an unsupported file type (${extension}); Gloss imports ${SUPPORTED_EXTENSIONS.join(', ')}`)
  }
  const limit = maxBytesForFormat(format)
  if (bytes.byteLength > limit) {
    throw new ImportError(path, `is too large to import (${formatByteSize(bytes.byteLength)}; the limit for .${format} files is ${formatByteSize(limit)})`)
  }
  switch (format) {
    case 'txt': {
      const { text, warnings } = decodeText(bytes, path)
      return { kind: 'text', text, warnings }
    }
    case 'md':
      return readMarkdownFile(path, bytes)
    case 'html':
      return readHtmlFile(path, bytes)
    case 'pdf':
      return readPdfFile(path, bytes)
    case 'epub':
      return readEpubFile(path, bytes)
    case 'docx':
      return readDocxFile(path, bytes)
  }
}
