// Dates in file metadata come in many spellings; Gloss stores ISO 8601, so each reader passes what
// it found through here and gets a date it can store, or null. Nothing is filled in: a value
// without a day ("March 2024") stays at the precision written or is dropped, never a made-up 1st.

import { findDate } from '../../../../shared/cleaning/parseDates'

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/
// PDF dates: D:YYYYMMDDHHmmSS with an optional offset such as +01'00'.
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?/
// Years before this are placeholders (Calibre writes 0101-01-01 for "unknown").
const EARLIEST_YEAR = 1000

/** Normalises a date string from metadata to ISO 8601 (a year, a month, a date or a date-time), or null when unreadable. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim()
  if (!text) return null
  const iso = ISO.exec(text)
  // A valid ISO value is kept as written (with its time and zone), only checked.
  if (iso) return fromParts(iso[1], iso[2], iso[3]) === null ? null : text.replace(' ', 'T')
  const pdf = PDF_DATE.exec(text)
  if (pdf) return fromParts(pdf[1], pdf[2], pdf[3])
  // Written out ("March 5, 2024", "Mon, 05 Mar 2024 23:30:00 -0500"): the calendar day as written,
  // whatever the machine's time zone, and only with its year.
  return findDate(text)?.iso ?? null
}

function fromParts(year = '', month?: string, day?: string): string | null {
  if (Number(year) < EARLIEST_YEAR) return null
  if (month === undefined) return year
  if (Number(month) < 1 || Number(month) > 12) return null
  if (day === undefined) return `${year}-${month}`
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
  return Number(day) < 1 || Number(day) > lastDay ? null : `${year}-${month}-${day}`
}
