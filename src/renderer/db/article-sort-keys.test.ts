// Every way an article reaches storage keeps its title and source sort keys right, and opening
// a database made before the keys existed fills them in.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { normalizeArticleBody, normalizeArticleMeta, type BackupData } from '../../shared/backup'
import type { ArticleSortKeys } from '../../shared/library/sort-key'
import type { ArticleMeta } from '../../shared/model/article'
import { NO_FILTERS } from '../../shared/library/library-view'
import { signature } from '../../shared/duplicates'
import { articlePlainText } from '../../shared/model/text'
import { getArticleMeta, markArticlesFinished, updateArticleFields } from './articles-repository'
import { restoreLibrary } from './backup-repository'
import { openDatabase, useDatabaseForTests, type GlossDatabase } from './database'
import { replaceWithImported, storeImportedArticles, type SignedArticle } from './import-repository'
import { queryLibraryIds } from './library-repository'
import { addArticleTag } from './tags-repository'
import { addTestArticle, freshDatabase, parsedTestDocument } from './test-articles'

let db: GlossDatabase
beforeEach(() => {
  db = freshDatabase()
})

/** The record as stored, sort keys included. */
async function stored(id: string): Promise<ArticleMeta & ArticleSortKeys> {
  return (await db.articles.get(id)) as ArticleMeta & ArticleSortKeys
}

function signed(title: string, source: string | null = null): SignedArticle {
  const document = { ...parsedTestDocument(`/articles/${title}.txt`, [`Some text about ${title}.`], title), source }
  return { document, signature: Array.from(signature(articlePlainText(document.blocks))) }
}

describe('article sort keys', () => {
  it('are derived when articles are imported', async () => {
    const { id } = await addTestArticle(['Text.'], 'Économie du Viêt Nam')
    const [imported] = await storeImportedArticles([signed('Zebra crossings', 'BBC')])
    expect(await stored(id)).toMatchObject({ titleKey: 'economie du viet nam' })
    expect((await stored(id)).sourceKey).toBeUndefined()
    expect(await stored(imported!)).toMatchObject({ titleKey: 'zebra crossings', sourceKey: 'bbc\u0000zebra crossings' })
  })

  it('follow a rename, a source edit and a re-import, and survive bulk changes', async () => {
    const { id } = await addTestArticle(['Text.'], 'Zebra crossings')
    await updateArticleFields(id, { title: 'Ångström units', source: 'Nhân Dân' })
    expect(await stored(id)).toMatchObject({ titleKey: 'angstrom units', sourceKey: 'nhan dan\u0000angstrom units' })
    await replaceWithImported(id, signed('apple harvest', null))
    expect(await stored(id)).toMatchObject({ titleKey: 'apple harvest' })
    expect((await stored(id)).sourceKey).toBeUndefined()
    await addArticleTag(id, 'fruit')
    await markArticlesFinished([id])
    expect(await stored(id)).toMatchObject({ titleKey: 'apple harvest', readingState: 'finished', tags: ['fruit'] })
  })

  it('are derived for restored articles, whatever keys a record brings', async () => {
    const meta = { ...normalizeArticleMeta({ id: 'restored', title: 'Ördög és pokol', source: 'Index', addedAt: 5 }), titleKey: 'zzz' }
    const data: BackupData = {
      articles: [meta],
      bodies: [normalizeArticleBody({ articleId: 'restored', blocks: [{ kind: 'paragraph', text: 'Text.' }] })],
      highlights: [],
      articleNotes: [],
      tags: [],
      settings: []
    }
    await restoreLibrary(data)
    expect(await stored('restored')).toMatchObject({ titleKey: 'ordog es pokol', sourceKey: 'index\u0000ordog es pokol' })
  })

  it('never reach the UI', async () => {
    const { id } = await addTestArticle(['Text.'], 'Zebra crossings')
    expect(Object.keys((await getArticleMeta(id))!)).not.toContain('titleKey')
  })
})

describe('the version 2 upgrade', () => {
  it('fills the sort keys of articles stored before they existed', async () => {
    const name = `gloss-sort-key-upgrade-${Date.now()}`
    const old = new Dexie(name)
    old.version(1).stores({ articles: 'id, addedAt, publishedAt, title, source, readingState, trashedAt, *tags', highlights: 'id, articleId' })
    const row = (id: string, title: string, source: string | null, addedAt: number) => ({
      ...normalizeArticleMeta({ id, title, addedAt }),
      source
    })
    await old.table('articles').bulkAdd([row('z', 'Zebra', 'VNA', 1), row('a', 'apple', null, 2), row('e', 'Économie', 'afp', 3), row('o', 'zoo', 'VNA', 4)])
    old.close()

    const upgraded = openDatabase(name)
    useDatabaseForTests(upgraded)
    expect(await queryLibraryIds('title', false, NO_FILTERS)).toEqual(['a', 'e', 'z', 'o'])
    expect(await queryLibraryIds('source', false, NO_FILTERS)).toEqual(['e', 'z', 'o', 'a'])
    expect(await upgraded.articles.get('e')).toMatchObject({ titleKey: 'economie', sourceKey: 'afp\u0000economie' })
    upgraded.close()
  })
})

describe('the version 3 upgrade', () => {
  it('rewrites sort keys stored in the version 2 format', async () => {
    const name = `gloss-sort-key-v3-${Date.now()}`
    const old = new Dexie(name)
    old.version(2).stores({
      articles: 'id, addedAt, publishedAt, titleKey, source, sourceKey, [wordCount+addedAt], [highlightCount+addedAt], readingState, trashedAt, *tags'
    })
    // Version 2 capped the length prefix at 9, so these two sorted the wrong way round.
    await old.table('articles').bulkAdd([
      { ...normalizeArticleMeta({ id: 'big', title: 'Report 1000000000', addedAt: 1 }), titleKey: 'report 91000000000' },
      { ...normalizeArticleMeta({ id: 'small', title: 'Report 123456789', addedAt: 2 }), titleKey: 'report 9123456789' }
    ])
    old.close()

    const upgraded = openDatabase(name)
    useDatabaseForTests(upgraded)
    expect(await queryLibraryIds('title', false, NO_FILTERS)).toEqual(['small', 'big'])
    upgraded.close()
  })
})
