// Article records from older or partial backups are completed here before anything uses them,
// as Excalidraw's `restore` does for its elements.
import { ReadingStateSchema, type ArticleMeta } from '../model/article'
import { SourceFormatSchema } from '../model/document'
import { webPageAddress } from '../model/links'
import { asCount, asNumber, asOneOf, asRecord, asString, asTagList } from './lenient-readers'

// Only an address a reader may open is kept, as for links (an older record has none).
const asWebAddress = (value: unknown): string | null => webPageAddress(typeof value === 'string' ? value : null)

/** Completes an article record with defaults; a record without id gets '' (callers drop those). */
export function normalizeArticleMeta(raw: unknown): ArticleMeta {
  const record = asRecord(raw)
  const id = asString(record.id, '').trim()
  const fileName = asString(record.fileName, '')
  const rawProgress = asNumber(record.progress, 0)
  const progress = Math.min(1, Math.max(0, rawProgress))
  const addedAt = asNumber(record.addedAt, asNumber(record.updatedAt, 0))
  const fallbackState = progress >= 1 ? 'finished' : progress > 0 ? 'reading' : 'new'
  return {
    id,
    title: asString(record.title, '').trim() || fileName || 'Untitled',
    byline: asString(record.byline, null),
    publishedAt: asString(record.publishedAt, null),
    publishedPartial: asString(record.publishedPartial, null),
    source: asString(record.source, null),
    url: asWebAddress(record.url),
    language: asString(record.language, null),
    fileName,
    format: asOneOf(record.format, SourceFormatSchema.options, 'txt'),
    wordCount: asCount(record.wordCount) ?? 0,
    highlightCount: asCount(record.highlightCount) ?? 0,
    tags: asTagList(record.tags),
    readingState: asOneOf(record.readingState, ReadingStateSchema.options, fallbackState),
    progress,
    addedAt,
    updatedAt: asNumber(record.updatedAt, addedAt),
    trashedAt: asNumber(record.trashedAt, null)
  }
}
