// Dates in file metadata come in many spellings; Gloss stores ISO 8601, so each reader passes what
// it found through here and gets a date it can store, or null. Nothing is filled in: a value
// without a day ("March 2024") stays at the precision written, and one without a year ("March 5")
// is kept as partial, as written, never given a made-up year.

import { findDate } from '../../../../shared/cleaning/parseDates'
import * as chrono from 'chrono-node'

/** A publication date from metadata: ISO when the year is known, else the partial date as written. */
export interface MetadataDate {
  publishedAt: string | null
  publishedPartial: string | null
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/
// HTML's yearless date string (<time datetime="--03-05">).
const YEARLESS = /^--(\d{2})-(\d{2})$/
// PDF dates: D:YYYYMMDDHHmmSS with an optional offset such as +01'00'.
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?/
// Years before this are placeholders (Calibre writes 0101-01-01 for "unknown").
const EARLIEST_YEAR = 1000
const NO_DATE: MetadataDate = { publishedAt: null, publishedPartial: null }

/** Normalises a date string from metadata to ISO 8601 (a year, a month, a date or a date-time), or null when unreadable or yearless. */
export function toIsoDate(value: string | null | undefined): string | null {
  return readMetadataDate(value).publishedAt
}

/** Reads a metadata date: ISO 8601 when it names a year, else a partial date ("March 5"), else neither. */
export function readMetadataDate(value: string | null | undefined): MetadataDate {
  const text = value?.trim()
  if (!text) return NO_DATE
  const iso = ISO.exec(text)
  // A valid ISO value is kept as written (with its time and zone), only checked.
  if (iso) return dated(fromParts(iso[1], iso[2], iso[3]) === null ? null : text.replace(' ', 'T'))
  const yearless = YEARLESS.exec(text)
  if (yearless) return { publishedAt: null, publishedPartial: monthAndDay(Number(yearless[1]), Number(yearless[2])) }
  const pdf = PDF_DATE.exec(text)
  if (pdf) return dated(fromParts(pdf[1], pdf[2], pdf[3]))
  // Written out ("March 5, 2024", "Mon, 05 Mar 2024 23:30:00 -0500"): the calendar day as written,
  // whatever the machine's time zone; without a year, the words as written.
  const found = findDate(text)
  if (found) return { publishedAt: found.iso, publishedPartial: found.partial }
  return dated(monthOfYear(text))
}

function dated(iso: string | null): MetadataDate {
  return { publishedAt: iso, publishedPartial: null }
}

function fromParts(year = '', month?: string, day?: string): string | null {
  if (Number(year) < EARLIEST_YEAR) return null
  if (month === undefined) return year
  if (Number(month) < 1 || Number(month) > 12) return null
  if (day === undefined) return `${year}-${month}`
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
  return Number(day) < 1 || Number(day) > lastDay ? null : `${year}-${month}-${day}`
}

// "March 2024" names a month and no day: it is stored as 2024-03, the precision written. Only
// chrono's casual parser reads a month with a year and no day; the whole value must be that match.
function monthOfYear(text: string): string | null {
  if (text.length > 40) return null
  const result = chrono.parse(text)[0]
  const start = result?.start
  if (!start || result.text.trim() !== text || !start.isCertain('year') || !start.isCertain('month') || start.isCertain('day')) return null
  return fromParts(String(start.get('year')), String(start.get('month')).padStart(2, '0'))
}

// 29 February is a real yearless date (a leap day), so the check uses a leap year.
function monthAndDay(month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(2000, month, 0)).getUTCDate()) return null
  return new Intl.DateTimeFormat('en', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, day))
}
