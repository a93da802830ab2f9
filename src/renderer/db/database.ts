// The renderer's IndexedDB, through Dexie. Metadata and bodies are separate tables so the
// library lists thousands of articles without loading their text.
import Dexie, { type EntityTable, type Transaction } from 'dexie'
import type { ArticleBody, ArticleMeta } from '../../shared/model/article'
import type { Highlight, Note } from '../../shared/model/annotation'
import { articleSortKeysMiddleware, withSortKeys } from './article-sort-keys'
import { searchChangesMiddleware } from './search-change-middleware'
import { signatureOf } from './article-signature'

/** A tag the user has used, with when it was first made. */
export interface TagRecord {
  name: string
  createdAt: number
}

/** The note on a whole article. */
export interface ArticleNoteRecord extends Note {
  articleId: string
  updatedAt: number
}

/** An article as stored: its metadata, with its near-duplicate signature (see article-signature). */
export type ArticleRecord = ArticleMeta & { signature?: Uint32Array }

/** One persisted chunk of the search index. */
export interface SearchIndexRecord {
  key: string
  value: unknown
}

/** A user setting (reader preferences, colour meanings, library view). */
export interface SettingRecord {
  key: string
  value: unknown
}

export type GlossDatabase = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>
  bodies: EntityTable<ArticleBody, 'articleId'>
  highlights: EntityTable<Highlight, 'id'>
  tags: EntityTable<TagRecord, 'name'>
  articleNotes: EntityTable<ArticleNoteRecord, 'articleId'>
  settings: EntityTable<SettingRecord, 'key'>
  searchIndex: EntityTable<SearchIndexRecord, 'key'>
}

/** Opens (creating or migrating) the database with the given name. */
export function openDatabase(name = 'gloss'): GlossDatabase {
  const db = new Dexie(name) as GlossDatabase
  db.version(1).stores({
    articles: 'id, addedAt, publishedAt, title, source, readingState, trashedAt, *tags',
    bodies: 'articleId',
    highlights: 'id, articleId, color, createdAt, *tags',
    tags: 'name',
    articleNotes: 'articleId',
    settings: 'key',
    // MinHash signatures, to find duplicates of new imports (moved onto the articles in version 4).
    signatures: 'articleId',
    // The persisted search index, in chunks, so start-up does not rebuild it.
    searchIndex: 'key'
  })
  // Titles and sources sort by folded keys (case and accents ignored); word and highlight counts
  // with the date added breaking their many ties.
  db.version(2)
    .stores({
      articles: 'id, addedAt, publishedAt, titleKey, source, sourceKey, [wordCount+addedAt], [highlightCount+addedAt], readingState, trashedAt, *tags'
    })
    .upgrade(refillSortKeys)
  // Numbers in sort keys took a two-digit length prefix (nine- and ten-digit numbers sorted wrongly).
  db.version(3).upgrade(refillSortKeys)
  // Signatures move onto their articles (one write fewer per import), then their table goes.
  db.version(4).upgrade(moveSignaturesOntoArticles)
  db.version(5).stores({ signatures: null })
  db.use(articleSortKeysMiddleware)
  db.use(searchChangesMiddleware)
  return db
}

let shared: GlossDatabase | null = null

/** The app's database, opened on first use. */
export function database(): GlossDatabase {
  shared ??= openDatabase()
  return shared
}

/** Replaces the shared database (tests use a fresh one per case). */
export function useDatabaseForTests(db: GlossDatabase): void {
  shared = db
}

async function moveSignaturesOntoArticles(transaction: Transaction): Promise<void> {
  const moved: { key: unknown; changes: { signature: Uint32Array } }[] = []
  await transaction.table('signatures').each((record: { articleId?: unknown; signature?: unknown }) => {
    const signature = signatureOf(record)
    if (signature) moved.push({ key: record.articleId, changes: { signature } })
  })
  // Only the signed articles are written, and with nothing the search index reads, so it re-reads none.
  await transaction.table('articles').bulkUpdate(moved)
}

function refillSortKeys(transaction: Transaction): PromiseLike<unknown> {
  return transaction
    .table('articles')
    .toCollection()
    .modify((record: ArticleMeta, context: { value: ArticleMeta }) => {
      context.value = withSortKeys(record)
    })
}
