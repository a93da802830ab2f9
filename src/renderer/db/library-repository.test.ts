// The library's windowed queries and the trash, against fake-indexeddb.
import { beforeEach, describe, expect, it } from 'vitest'
import { addTestArticle, freshDatabase } from './test-articles'
import type { GlossDatabase } from './database'
import { queryLibraryIds } from './library-repository'
import { deleteTrashedArticles, restoreArticles, trashArticles } from './articles-repository'
import { createHighlight } from './highlights-repository'
import { saveArticleNote } from './notes-repository'
import { NO_FILTERS } from '../../shared/library/library-view'

let db: GlossDatabase
beforeEach(() => {
  db = freshDatabase()
})

async function library(): Promise<{ a: string; b: string; c: string }> {
  const a = await addTestArticle(['Alpha text.'], 'Banana')
  const b = await addTestArticle(['Beta text.'], 'apple')
  const c = await addTestArticle(['Gamma text.'], 'Cherry')
  await db.articles.update(a.id, { source: 'VNA', publishedAt: '2023-12-01', tags: ['Economy'], readingState: 'finished' })
  await db.articles.update(b.id, { source: 'Reuters', publishedAt: '2024-02-10' })
  await createHighlight(c.id, c.text, 0, 5, 'yellow')
  return { a: a.id, b: b.id, c: c.id }
}

describe('queryLibraryIds', () => {
  it('sorts by date added, published date (undated last), title and source', async () => {
    const { a, b, c } = await library()
    expect(await queryLibraryIds('added', true, NO_FILTERS)).toEqual([c, b, a])
    expect(await queryLibraryIds('published', true, NO_FILTERS)).toEqual([b, a, c])
    expect(await queryLibraryIds('published', false, NO_FILTERS)).toEqual([a, b, c])
    expect(await queryLibraryIds('source', false, NO_FILTERS)).toEqual([b, a, c])
  })

  it('sorts titles and sources regardless of case and accents', async () => {
    const { a, b, c } = await library()
    expect(await queryLibraryIds('title', false, NO_FILTERS)).toEqual([b, a, c])
    expect(await queryLibraryIds('title', true, NO_FILTERS)).toEqual([c, a, b])
    await db.articles.update(a, { title: 'Économie', source: 'vna' })
    await db.articles.update(c, { title: 'zoo', source: 'Ápa' })
    expect(await queryLibraryIds('title', false, NO_FILTERS)).toEqual([b, a, c])
    expect(await queryLibraryIds('source', false, NO_FILTERS)).toEqual([c, b, a])
  })

  it('sorts by word count and by highlights, ties newest first', async () => {
    const { a, b, c } = await library()
    await db.articles.update(a, { wordCount: 900 })
    await db.articles.update(b, { wordCount: 40 })
    expect(await queryLibraryIds('words', true, NO_FILTERS)).toEqual([a, b, c])
    expect(await queryLibraryIds('words', false, NO_FILTERS)).toEqual([c, b, a])
    expect(await queryLibraryIds('highlights', true, NO_FILTERS)).toEqual([c, b, a])
  })

  it('combines filters', async () => {
    const { a, b, c } = await library()
    expect(await queryLibraryIds('added', true, { ...NO_FILTERS, tags: ['Economy'] })).toEqual([a])
    expect(await queryLibraryIds('added', true, { ...NO_FILTERS, sources: ['VNA', 'Reuters'] })).toEqual([b, a])
    expect(await queryLibraryIds('added', true, { ...NO_FILTERS, sources: ['VNA', 'Reuters'], publishedFrom: '2024-01-01' })).toEqual([b])
    // A date known only to the month or year falls in a range that starts inside it.
    await db.articles.update(a, { publishedAt: '2024-03' })
    await db.articles.update(c, { publishedAt: '2024' })
    expect(await queryLibraryIds('added', true, { ...NO_FILTERS, publishedFrom: '2024-03-10', publishedTo: '2024-03-20' })).toEqual([c, a])
    expect(await queryLibraryIds('added', true, { ...NO_FILTERS, publishedFrom: '2024-04-01' })).toEqual([c])
    expect(await queryLibraryIds('added', true, { ...NO_FILTERS, states: ['finished'] })).toEqual([a])
    expect(await queryLibraryIds('added', true, { ...NO_FILTERS, hasHighlights: true })).toEqual([c])
  })

  it('keeps trashed articles out of the library and in the trash until emptied, then deletes everything of theirs', async () => {
    const { a, b, c } = await library()
    await saveArticleNote(c, { doc: null, text: 'A note' })
    await trashArticles([a, c])
    expect(await queryLibraryIds('added', true, NO_FILTERS)).toEqual([b])
    expect((await queryLibraryIds('added', true, NO_FILTERS, true)).sort()).toEqual([a, c].sort())
    await restoreArticles([a])
    expect(await queryLibraryIds('added', true, NO_FILTERS)).toEqual([b, a])
    expect(await deleteTrashedArticles()).toBe(1)
    expect(await db.articles.get(c)).toBeUndefined()
    expect(await db.bodies.get(c)).toBeUndefined()
    expect(await db.highlights.where('articleId').equals(c).count()).toBe(0)
    expect(await db.articleNotes.get(c)).toBeUndefined()
    expect(await db.articles.count()).toBe(2)
  })
})
