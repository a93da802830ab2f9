// The shape every format reader returns: plain text for the text cleaner, or structured
// blocks with metadata for formats that carry their own structure.
import type { Block, Removal } from '../../../../shared/model/document'

/** Plain text still to be cleaned by the plain-text cleaner (from .txt files). */
export interface TextReadResult {
  kind: 'text'
  text: string
  warnings: string[]
}

/** Structured article content read from html, md, pdf, epub or docx. */
export interface BlocksReadResult {
  kind: 'blocks'
  title: string | null
  byline: string | null
  /** The publisher or site, when the file names it. */
  source: string | null
  /** The article's own web address, when the file gives it (absent for formats that never do). */
  url?: string | null
  /** ISO 8601 date or date-time as found in the file's metadata, or null. */
  publishedAt: string | null
  /** The metadata's date as written when it names no year ("March 5"), or null. */
  publishedPartial: string | null
  language: string | null
  blocks: Block[]
  /** What reading left out of the file's text (a web page's menus and footers), recorded so nothing is lost silently. */
  removed: Removal[]
  /** The decoded source (html, md) or the raw extracted text (pdf, epub, docx). */
  originalText: string
  warnings: string[]
}

/** What a reader may use besides the file's bytes. */
export interface ReadOptions {
  /** Reads a picture the file names by a relative path (a page's saved pictures), when the file was read from disk. */
  resolvePicture?: (src: string, bytesLeft: number) => string | null
}

/** What reading one file produced. */
export type ReadResult = TextReadResult | BlocksReadResult
