// Dates in file metadata come in many spellings; Gloss stores ISO 8601, so each reader
// passes what it found through here and gets a date it can store, or null.

const ISO_PREFIX = /^\d{4}-\d{2}(-\d{2})?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/
// PDF dates: D:YYYYMMDDHHmmSS with an optional offset such as +01'00'.
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?/

/** Normalises a date string from metadata to ISO 8601 (date or date-time), or null when unreadable. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim()
  if (!text) return null
  if (ISO_PREFIX.test(text)) return text.replace(' ', 'T')
  const pdf = PDF_DATE.exec(text)
  if (pdf) return `${pdf[1]}-${pdf[2] ?? '01'}-${pdf[3] ?? '01'}`
  if (/^\d{4}$/.test(text)) return text
  const parsed = new Date(text)
  if (Number.isNaN(parsed.getTime())) return null
  // Date-only spellings ("March 5, 2024") parse as local midnight; keep that calendar day.
  const month = String(parsed.getMonth() + 1).padStart(2, '0')
  const day = String(parsed.getDate()).padStart(2, '0')
  return `${parsed.getFullYear()}-${month}-${day}`
}
