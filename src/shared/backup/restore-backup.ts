// Turns the raw arrays of a backup (any age, possibly partial) into clean library data:
// every record normalised, duplicates collapsed, dangling records dropped with a warning.
import { articlePlainText } from '../model/text'
import { BackupDataSchema, type BackupData } from './backup-schema'
import { asCount, asRecord } from './lenient-readers'
import { normalizeArticleMeta } from './normalize-article-meta'
import { fitHighlightToText, normalizeHighlight } from './normalize-highlight'
import { normalizeArticleBody, normalizeArticleNote, normalizeSetting, normalizeTag } from './normalize-records'

/** Library data restored from a backup, with sentences about anything that had to change. */
export interface RestoredBackup {
  data: BackupData
  warnings: string[]
}

/** Normalises every record of a raw backup object (its arrays may be missing or partial). */
export function restoreBackup(raw: unknown): RestoredBackup {
  const source = asRecord(raw)
  const list = (key: string): unknown[] => (Array.isArray(source[key]) ? (source[key] as unknown[]) : [])
  const warnings: string[] = []
  const warn = (count: number, sentence: string) => {
    if (count > 0) warnings.push(`${count} ${sentence}`)
  }

  const rawHighlights = list('highlights').map(asRecord)
  const highlightCounts = new Map<string, number>()
  for (const h of rawHighlights) if (typeof h.articleId === 'string') highlightCounts.set(h.articleId, (highlightCounts.get(h.articleId) ?? 0) + 1)

  const rawArticles = list('articles')
  const articles = keepNewest(
    rawArticles.map((item) => {
      const meta = normalizeArticleMeta(item)
      // A missing count is derived from the backup itself rather than left at zero.
      if (asCount(asRecord(item).highlightCount) === null) meta.highlightCount = highlightCounts.get(meta.id) ?? 0
      return meta.id === '' ? null : meta
    }),
    (article) => article.id
  )
  warn(rawArticles.length - articles.length, 'article records had no id or were duplicates and were skipped.')
  const articleIds = new Set(articles.map((article) => article.id))

  const bodies = keepNewest(list('bodies').map(normalizeArticleBody), (body) => body.articleId).filter((body) => articleIds.has(body.articleId))
  warn(list('bodies').length - bodies.length, 'article texts belonged to no article in the backup and were skipped.')
  const texts = new Map(bodies.map((body) => [body.articleId, articlePlainText(body.blocks)]))

  const normalized = rawHighlights.map((item) => {
    const highlight = normalizeHighlight(item)
    const text = texts.get(highlight.articleId)
    return highlight.id === '' ? null : text === undefined ? highlight : fitHighlightToText(highlight, text)
  })
  const newlyOrphaned = normalized.filter((h, i) => h !== null && h.orphaned && rawHighlights[i]?.orphaned !== true).length
  warn(newlyOrphaned, 'highlights pointed outside their article’s text and were kept as orphaned highlights.')
  const highlights = keepNewest(normalized, (h) => h.id).filter((h) => articleIds.has(h.articleId))
  warn(rawHighlights.length - highlights.length, 'highlights had no id, were duplicates, or belonged to no article, and were skipped.')

  const articleNotes = keepNewest(list('articleNotes').map(normalizeArticleNote), (note) => note.articleId).filter((note) => articleIds.has(note.articleId))
  const tags = keepFirst(list('tags').map(normalizeTag), (tag) => tag.name.toLowerCase())
  const settings = keepLast(list('settings').map(normalizeSetting), (setting) => setting.key)

  const data: BackupData = { articles, bodies, highlights, articleNotes, tags, settings }
  // The normalisers are meant to make this always pass; if they miss a case, fail loudly here
  // rather than hand malformed records to the database.
  BackupDataSchema.parse(data)
  return { data, warnings }
}

/** Drops nulls and keeps, per key, the record with the latest `updatedAt` (first if equal). */
function keepNewest<T>(records: Array<T | null>, keyOf: (record: T) => string): T[] {
  const byKey = new Map<string, T>()
  for (const record of records) {
    if (record === null) continue
    const key = keyOf(record)
    const current = byKey.get(key)
    if (current === undefined || updatedAt(record) > updatedAt(current)) byKey.set(key, record)
  }
  return [...byKey.values()]
}

function keepFirst<T>(records: Array<T | null>, keyOf: (record: T) => string): T[] {
  const byKey = new Map<string, T>()
  for (const record of records) if (record !== null && !byKey.has(keyOf(record))) byKey.set(keyOf(record), record)
  return [...byKey.values()]
}

function keepLast<T>(records: Array<T | null>, keyOf: (record: T) => string): T[] {
  const byKey = new Map<string, T>()
  for (const record of records) if (record !== null) byKey.set(keyOf(record), record)
  return [...byKey.values()]
}

function updatedAt(record: unknown): number {
  const value = asRecord(record).updatedAt
  return typeof value === 'number' ? value : 0
}
