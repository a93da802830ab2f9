// The whole library in and out of storage for backups, restores and annotation imports. Each
// restore or import is ONE transaction: it lands completely or, on any error, not at all.
import {
  highlightCountsAfterWrite,
  normalizeArticleBody,
  normalizeArticleMeta,
  normalizeArticleNote,
  normalizeHighlight,
  normalizeSetting,
  normalizeTag,
  placeKey,
  planMerge,
  planReattachment,
  type BackupData,
  type MergeCounts,
  type ReattachableAnnotation
} from '../../shared/backup'
import Dexie from 'dexie'
import type { ArticleMeta } from '../../shared/model/article'
import { articlePlainText } from '../../shared/model/text'
import { documentSignature } from '../../shared/duplicates'
import { database, type ArticleRecord, type GlossDatabase, type TagRecord } from './database'
import { signatureOf } from './article-signature'

/** What a restore added, updated and found already present. */
export interface RestoreReport {
  added: MergeCounts
  updated: MergeCounts
  skipped: MergeCounts
}

/** What an annotation import did. */
export interface AnnotationImportReport {
  attached: number
  orphaned: number
  alreadyPresent: number
  /** The article created to hold annotations that matched no article, if any. */
  unplacedArticleTitle: string | null
}

const LIBRARY_TABLES = ['articles', 'bodies', 'highlights', 'articleNotes', 'tags', 'settings'] as const

function libraryTables(db: GlossDatabase) {
  return LIBRARY_TABLES.map((name) => db[name])
}

/** Reads every library record, normalised, in the backup's shape (one consistent snapshot). */
export async function readLibrary(): Promise<BackupData> {
  const db = database()
  return db.transaction('r', libraryTables(db), () => readLibraryIn(db))
}

async function readLibraryIn(db: GlossDatabase): Promise<BackupData> {
  const [articles, bodies, highlights, notes, tags, settings] = await Promise.all([
    db.articles.toArray(),
    db.bodies.toArray(),
    db.highlights.toArray(),
    db.articleNotes.toArray(),
    db.tags.toArray(),
    db.settings.toArray()
  ])
  const present = <T>(value: T | null): value is T => value !== null
  return {
    articles: articles.map(normalizeArticleMeta).filter((meta) => meta.id !== ''),
    bodies: bodies.map(normalizeArticleBody).filter((body) => body.articleId !== ''),
    highlights: highlights.map(normalizeHighlight).filter((highlight) => highlight.id !== ''),
    articleNotes: notes.map((record) => normalizeArticleNote({ articleId: record.articleId, note: record, updatedAt: record.updatedAt })).filter(present),
    tags: tags.map(normalizeTag).filter(present),
    settings: settings.map(normalizeSetting).filter(present)
  }
}

/** Duplicate signatures by article id, or the promise of them while a worker works them out. */
export type KnownSignatures = ReadonlyMap<string, ArrayLike<number>> | PromiseLike<ReadonlyMap<string, ArrayLike<number>>>

/**
 * Merges backup data into the library without duplicates (see planMerge), in one transaction.
 * `signatures` are the bodies' duplicate signatures if the caller works them out off the UI thread
 * (they are awaited only after the other records are written); any missing are computed here.
 */
export async function restoreLibrary(data: BackupData, signatures: KnownSignatures = new Map()): Promise<RestoreReport> {
  const db = database()
  // Signatures are derived, not backed up: restored articles get theirs so later imports find their duplicates.
  return db.transaction('rw', libraryTables(db), async () => {
    const plan = planMerge(await readLibraryIn(db), data)
    await writeRecords(db, plan.toAdd, signatures)
    await setHighlightCounts(db, plan.recounted)
    return { added: plan.added, updated: plan.updated, skipped: plan.skipped }
  })
}

async function writeRecords(db: GlossDatabase, data: BackupData, signatures: KnownSignatures): Promise<void> {
  const now = Date.now()
  await db.bodies.bulkPut(data.bodies)
  await db.highlights.bulkPut(data.highlights)
  await db.articleNotes.bulkPut(data.articleNotes.map(({ articleId, note, updatedAt }) => ({ articleId, doc: note.doc, text: note.text, updatedAt })))
  // The table's own fields, plus any the backup carries (a colour), so nothing is lost.
  await db.tags.bulkPut(data.tags.map((tag) => ({ ...tag, createdAt: tag.createdAt ?? now }) as TagRecord))
  await db.settings.bulkPut(data.settings)
  // The articles go last, with their signatures, worked out meanwhile. Dexie.waitFor keeps the
  // transaction open should they not be ready yet. They are derived data: if the worker working
  // them out fails, they are worked out here instead.
  const known = await Dexie.waitFor(Promise.resolve(signatures).catch(() => new Map<string, ArrayLike<number>>()))
  const blocksOf = new Map(data.bodies.map((body) => [body.articleId, body.blocks]))
  const signed = (article: ArticleMeta): ArticleRecord => {
    const blocks = blocksOf.get(article.id)
    const signature = signatureOf({ signature: known.get(article.id) }) ?? (blocks && documentSignature(blocks))
    return signature ? { ...article, signature } : article
  }
  await db.articles.bulkPut(data.articles.map(signed))
}

/** Writes new highlight counts onto stored articles, leaving the rest of each record as it is. */
async function setHighlightCounts(db: GlossDatabase, recounted: Iterable<{ articleId: string; highlightCount: number }>): Promise<void> {
  const updates = Array.from(recounted, ({ articleId, highlightCount }) => ({ key: articleId, changes: { highlightCount } }))
  if (updates.length > 0) await db.articles.bulkUpdate(updates)
}

/** Re-attaches annotations from a W3C export to the library's articles, in one transaction. */
export async function importAnnotations(annotations: readonly ReattachableAnnotation[], sourceName: string): Promise<AnnotationImportReport> {
  const db = database()
  return db.transaction('rw', db.articles, db.bodies, db.highlights, async () => {
    const [metas, bodies, existing] = await Promise.all([db.articles.toArray(), db.bodies.toArray(), db.highlights.toArray()])
    const live = new Set(
      metas
        .map(normalizeArticleMeta)
        .filter((meta) => meta.trashedAt === null)
        .map((meta) => meta.id)
    )
    const articles = bodies.map(normalizeArticleBody).map((body) => ({ id: body.articleId, text: articlePlainText(body.blocks) }))
    // Articles in the trash are still candidates, but only after the live ones.
    articles.sort((a, b) => Number(live.has(b.id)) - Number(live.has(a.id)))
    const now = Date.now()
    const unplacedArticleId = crypto.randomUUID()
    const highlights = existing.map(normalizeHighlight)
    const plan = planReattachment(annotations, {
      articles,
      existingIds: new Set(highlights.map((highlight) => highlight.id)),
      existingPlaces: new Set(highlights.map(placeKey)),
      unplacedArticleId,
      newId: () => crypto.randomUUID(),
      now
    })
    let unplacedArticleTitle: string | null = null
    if (plan.unplaced > 0) {
      unplacedArticleTitle = `Unplaced annotations from ${sourceName}`
      await addUnplacedArticle(db, unplacedArticleId, unplacedArticleTitle, plan.unplaced, now)
    }
    await db.highlights.bulkPut(plan.highlights)
    const { counts, touched } = highlightCountsAfterWrite(highlights, plan.highlights)
    await setHighlightCounts(
      db,
      Array.from(touched, (articleId) => ({ articleId, highlightCount: counts.get(articleId) ?? 0 }))
    )
    return { attached: plan.attached, orphaned: plan.orphaned, alreadyPresent: plan.alreadyPresent, unplacedArticleTitle }
  })
}

/** An article that holds annotations whose article is not in the library, so none is dropped. */
async function addUnplacedArticle(db: GlossDatabase, id: string, title: string, count: number, now: number): Promise<void> {
  const text = `${count} annotation${count === 1 ? '' : 's'} from ${title.replace(/^Unplaced annotations from /, '')} matched no article in the library. Their quotes and notes are kept here as orphaned highlights; import their articles and import the annotations again to place them.`
  const meta: ArticleMeta = {
    ...normalizeArticleMeta({ id, title, fileName: '', addedAt: now, updatedAt: now }),
    byline: null,
    source: 'Gloss',
    format: 'txt',
    wordCount: 0
  }
  await db.articles.add(meta)
  await db.bodies.add({ ...normalizeArticleBody({ articleId: id, blocks: [{ kind: 'paragraph', text }] }), originalText: text })
}
