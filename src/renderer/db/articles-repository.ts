// Articles in and out of storage. Each imported article is written in one transaction, so a
// crash or cancel never leaves metadata without its body.
import type { ParsedDocument } from '../../shared/model/document'
import type { ArticleBody, ArticleMeta } from '../../shared/model/article'
import { database } from './database'
import { normalizeArticleBody, normalizeArticleMeta } from './restore'

type ParsedOk = Extract<ParsedDocument, { status: 'ok' }>

/** Builds the stored records for one parsed document. */
export function recordsFromParsed(document: ParsedOk, id: string, now: number): { meta: ArticleMeta; body: ArticleBody } {
  const fileName = document.path.split(/[\\/]/).pop() ?? document.path
  return {
    meta: {
      id,
      title: document.title,
      byline: document.byline,
      publishedAt: document.publishedAt,
      publishedPartial: document.publishedPartial,
      source: document.source,
      url: document.url,
      language: document.language,
      fileName,
      format: document.format,
      wordCount: document.wordCount,
      highlightCount: 0,
      tags: [],
      readingState: 'new',
      progress: 0,
      addedAt: now,
      updatedAt: now,
      trashedAt: null
    },
    body: {
      articleId: id,
      blocks: document.blocks,
      removed: document.removed,
      repairs: document.repairs,
      warnings: document.warnings,
      originalText: document.originalText
    }
  }
}

/** Articles written per transaction: large enough to amortise IndexedDB's per-transaction cost. */
const WRITE_CHUNK = 200

/** Stores parsed documents, each atomically (metadata never without its body); returns the new ids in input order. */
export async function addParsedArticles(documents: readonly ParsedOk[]): Promise<string[]> {
  const db = database()
  // Later documents are newer, so the library (newest first) shows a batch in the order chosen.
  const now = Date.now()
  const records = documents.map((document, index) => recordsFromParsed(document, crypto.randomUUID(), now + index))
  for (let start = 0; start < records.length; start += WRITE_CHUNK) {
    const chunk = records.slice(start, start + WRITE_CHUNK)
    await db.transaction('rw', db.articles, db.bodies, async () => {
      await db.articles.bulkAdd(chunk.map((record) => record.meta))
      await db.bodies.bulkAdd(chunk.map((record) => record.body))
    })
  }
  return records.map((record) => record.meta.id)
}

/** Articles not in the trash, newest first. */
export async function listArticles(): Promise<ArticleMeta[]> {
  const all = await database().articles.orderBy('addedAt').reverse().toArray()
  return all.map(normalizeArticleMeta).filter((meta) => meta.trashedAt === null)
}

/** One article's metadata. */
export async function getArticleMeta(id: string): Promise<ArticleMeta | undefined> {
  const meta = await database().articles.get(id)
  return meta && normalizeArticleMeta(meta)
}

/** One article's body. */
export async function getArticleBody(id: string): Promise<ArticleBody | undefined> {
  const body = await database().bodies.get(id)
  return body && normalizeArticleBody(body)
}

/** Saves how far the user has read. */
export async function saveReadingProgress(id: string, progress: number): Promise<void> {
  const clamped = Math.min(1, Math.max(0, progress))
  await database().articles.update(id, { progress: clamped, readingState: clamped >= 0.98 ? 'finished' : 'reading' })
}

/** Article fields the user can edit in the metadata dialog. */
export type EditableArticleFields = Pick<ArticleMeta, 'title' | 'byline' | 'publishedAt' | 'source'>

/** Saves edited metadata (title, byline, date, source). */
export async function updateArticleFields(id: string, fields: Partial<EditableArticleFields>): Promise<void> {
  await database().articles.update(id, { ...fields, updatedAt: Date.now() })
}

/** Marks articles as read to the end. */
export async function markArticlesFinished(ids: readonly string[]): Promise<void> {
  await database()
    .articles.where('id')
    .anyOf([...ids])
    .modify({ readingState: 'finished', progress: 1 })
}

/** Moves articles to the trash; nothing is deleted until the trash is emptied. */
export async function trashArticles(ids: readonly string[]): Promise<void> {
  const now = Date.now()
  await database()
    .articles.where('id')
    .anyOf([...ids])
    .modify({ trashedAt: now, updatedAt: now })
}

/** Takes articles out of the trash. */
export async function restoreArticles(ids: readonly string[]): Promise<void> {
  await database()
    .articles.where('id')
    .anyOf([...ids])
    .modify({ trashedAt: null, updatedAt: Date.now() })
}

/** Deletes trashed articles (all, or the given ones) with their bodies, highlights and notes, in one transaction. */
export async function deleteTrashedArticles(ids?: readonly string[]): Promise<number> {
  const db = database()
  return db.transaction('rw', [db.articles, db.bodies, db.highlights, db.articleNotes], async () => {
    const trashed = (await db.articles.where('trashedAt').above(-Infinity).primaryKeys()) as string[]
    const doomed = ids ? trashed.filter((id) => ids.includes(id)) : trashed
    await db.highlights.where('articleId').anyOf(doomed).delete()
    await db.articleNotes.bulkDelete(doomed)
    await db.bodies.bulkDelete(doomed)
    await db.articles.bulkDelete(doomed)
    return doomed.length
  })
}
