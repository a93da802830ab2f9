// The result of cleaning one plain-text article: the public shape returned by cleanPlainText.
import type { Block, Removal, Repair } from '../model/document'

/** A cleaned article: its metadata, its blocks, and the record of everything dropped or changed. */
export interface CleanedText {
  title: string
  byline: string | null
  /** ISO 8601 date or local date-time (no time zone is invented). */
  publishedAt: string | null
  /** A date seen without a year, kept as written, e.g. "April 14". */
  publishedPartial: string | null
  /** The news agency named in the dateline or header, e.g. "VNA". */
  source: string | null
  language: string | null
  blocks: Block[]
  removed: Removal[]
  repairs: Repair[]
  warnings: string[]
}
