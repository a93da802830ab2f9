// Storage for the import flow: new articles with their duplicate signatures (each article
// atomically), the library's signatures for duplicate checks, and replacing an article's text
// while its highlights follow (re-anchored, or kept as orphans).
import type { Block, ParsedDocument, Removal, Repair } from '../../shared/model/document'
import { articlePlainText, countWords } from '../../shared/model/text'
import { documentSignature, DuplicateIndex } from '../../shared/duplicates'
import { signatureOf, storedSignature } from './article-signature'
import { recordsFromParsed } from './articles-repository'
import { database } from './database'
import { reanchorArticle, type ReanchorOutcome } from './reanchor-repository'
import { normalizeArticleBody } from './restore'

type ParsedOk = Extract<ParsedDocument, { status: 'ok' }>

/** A parsed article ready to store, with its MinHash signature. */
export interface SignedArticle {
  document: ParsedOk
  signature: readonly number[]
}

let lastAddedAt = 0

/** Stores articles with their signatures in one transaction (all or none); returns the new ids in order. */
export async function storeImportedArticles(articles: readonly SignedArticle[]): Promise<string[]> {
  if (articles.length === 0) return []
  const db = database()
  // Later documents are newer, so the library (newest first) shows a batch in the order chosen,
  // across the many small batches of one import too.
  const now = Math.max(Date.now(), lastAddedAt + 1)
  lastAddedAt = now + articles.length - 1
  const records = articles.map((article, index) => recordsFromParsed(article.document, crypto.randomUUID(), now + index))
  await db.transaction('rw', db.articles, db.bodies, async () => {
    // Puts, not adds: the ids are fresh UUIDs, and an add makes IndexedDB look each key up first.
    // Both are asked for at once, so the database writes while the page prepares the next.
    await Promise.all([
      db.articles.bulkPut(records.map((record, index) => ({ ...record.meta, signature: storedSignature(articles[index]!.signature) }))),
      db.bodies.bulkPut(records.map((record) => record.body))
    ])
  })
  return records.map((record) => record.meta.id)
}

/** The signatures of every article not in the trash, indexed for near-duplicate lookup. */
export async function loadDuplicateIndex(): Promise<DuplicateIndex> {
  const records = await database().articles.toArray()
  const index = new DuplicateIndex()
  const unsigned: string[] = []
  for (const record of records) {
    if (typeof record.trashedAt === 'number') continue
    const signature = signatureOf(record)
    if (signature) index.add(record.id, signature)
    else unsigned.push(record.id)
  }
  for (const [id, signature] of await signFromText(unsigned)) index.add(id, signature)
  return index
}

// Articles stored without a signature (or with a damaged one) are signed from their text, and
// the signature written back so the next import reads it. Should that write fail (a full disk),
// the import still has them for this time.
async function signFromText(ids: readonly string[]): Promise<Map<string, Uint32Array>> {
  const signed = new Map<string, Uint32Array>()
  if (ids.length === 0) return signed
  const db = database()
  const bodies = await db.bodies.bulkGet([...ids])
  for (const body of bodies) if (body) signed.set(body.articleId, documentSignature(normalizeArticleBody(body).blocks))
  await db.articles.bulkUpdate([...signed].map(([key, signature]) => ({ key, changes: { signature } }))).catch(() => undefined)
  return signed
}

/** The titles of the given articles, for naming what a new import duplicates. */
export async function articleTitles(ids: readonly string[]): Promise<Map<string, string>> {
  const metas = await database().articles.bulkGet([...ids])
  return new Map(metas.flatMap((meta) => (meta ? [[meta.id, meta.title] as const] : [])))
}

/** Replaces an article's text and metadata with a new import of it, keeping its annotations (re-anchored). */
export async function replaceWithImported(articleId: string, article: SignedArticle): Promise<ReanchorOutcome> {
  const db = database()
  const { document } = article
  return db.transaction('rw', [db.articles, db.bodies, db.highlights], async () => {
    const outcome = await reanchorArticle(articleId, document.blocks)
    const fresh = recordsFromParsed(document, articleId, Date.now())
    const { title, byline, publishedAt, publishedPartial, source, url, language, fileName, format } = fresh.meta
    const signature = storedSignature(article.signature)
    await db.articles.update(articleId, { title, byline, publishedAt, publishedPartial, source, url, language, fileName, format, signature })
    const { removed, repairs, warnings, originalText } = fresh.body
    await db.bodies.update(articleId, { removed, repairs, warnings, originalText })
    return outcome
  })
}

/** A new body for an article's existing original text. */
export interface ReplacementText {
  blocks: Block[]
  removed: Removal[]
  repairs: Repair[]
}

/** An article's current body, as it must be to undo a text replacement. */
export async function currentText(articleId: string): Promise<ReplacementText | null> {
  const stored = await database().bodies.get(articleId)
  if (!stored) return null
  const { blocks, removed, repairs } = normalizeArticleBody(stored)
  return { blocks, removed, repairs }
}

/**
 * Replaces an article's blocks (and what cleaning recorded) and re-anchors its highlights, in one
 * transaction; the article is still its file's, and so keeps its duplicate signature.
 */
export async function replaceArticleText(articleId: string, text: ReplacementText): Promise<ReanchorOutcome> {
  const db = database()
  return db.transaction('rw', [db.articles, db.bodies, db.highlights], async () => {
    const outcome = await reanchorArticle(articleId, text.blocks)
    await db.bodies.update(articleId, { removed: text.removed, repairs: text.repairs })
    // The signature stays the one its import gave it: it stands for the file's article, which a
    // new scrape of it is compared with. Signing the original text instead (teasers, junk and
    // all, often three times as long) would let the same file come in again unnoticed.
    await db.articles.update(articleId, { wordCount: countWords(articlePlainText(text.blocks)) })
    return outcome
  })
}
