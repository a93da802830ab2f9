// Highlights from older or partial backups are completed here; one whose offsets no longer fit
// its article's text is kept as an orphan (quote preserved) rather than dropped.
import { HIGHLIGHT_COLORS, type Highlight, type Note } from '../model/annotation'
import { asCount, asNumber, asOneOf, asRecord, asString, asTagList } from './lenient-readers'

/** Completes a highlight with defaults; unusable offsets make it an orphan. Without id it gets '' (callers drop those). */
export function normalizeHighlight(raw: unknown): Highlight {
  const record = asRecord(raw)
  const start = asCount(record.start)
  const end = asCount(record.end)
  const fits = start !== null && end !== null && start < end
  const createdAt = asNumber(record.createdAt, asNumber(record.updatedAt, 0))
  return {
    id: asString(record.id, '').trim(),
    articleId: asString(record.articleId, '').trim(),
    start: fits ? start : 0,
    end: fits ? end : 0,
    quote: asString(record.quote, ''),
    prefix: asString(record.prefix, ''),
    suffix: asString(record.suffix, ''),
    color: asOneOf(record.color, HIGHLIGHT_COLORS, 'yellow'),
    note: normalizeNote(record.note),
    tags: asTagList(record.tags),
    orphaned: record.orphaned === true || !fits,
    createdAt,
    updatedAt: asNumber(record.updatedAt, createdAt)
  }
}

/** Checks a highlight against its article's plain text: past the end it becomes an orphan; a missing quote is filled in. */
export function fitHighlightToText(highlight: Highlight, articleText: string): Highlight {
  if (highlight.end > articleText.length) return { ...highlight, start: 0, end: 0, orphaned: true }
  if (highlight.quote !== '' || highlight.orphaned) return highlight
  return { ...highlight, quote: articleText.slice(highlight.start, highlight.end) }
}

/** A note from any stored shape: current `{doc, text}`, a bare string (older), or nothing. */
export function normalizeNote(raw: unknown): Note {
  if (typeof raw === 'string') return { doc: null, text: raw }
  const record = asRecord(raw)
  const doc = asRecord(record.doc)
  return { doc: record.doc === null || Object.keys(doc).length === 0 ? null : doc, text: asString(record.text, '') }
}
