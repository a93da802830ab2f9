// The repositories against a real IndexedDB implementation (fake-indexeddb), one database per test.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, useDatabaseForTests, type GlossDatabase } from './database'
import { addParsedArticles, getArticleBody, getArticleMeta, listArticles, saveReadingProgress } from './articles-repository'
import { createHighlight, deleteHighlight, listArticleHighlights, recolorHighlight, restoreHighlight } from './highlights-repository'
import { loadExportArticles } from './export-repository'
import type { ParsedDocument } from '../../shared/model/document'
import { articlePlainText, countWords } from '../../shared/model/text'

type ParsedOk = Extract<ParsedDocument, { status: 'ok' }>

function parsed(title: string, paragraphs: string[]): ParsedOk {
  return {
    status: 'ok',
    path: `/articles/${title}.txt`,
    duplicateOf: null,
    title,
    byline: 'Mai Huong',
    publishedAt: '2023-12-22',
    publishedPartial: null,
    source: 'VNA',
    url: null,
    language: 'en',
    blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    wordCount: countWords(paragraphs.join(' ')),
    removed: [{ kind: 'cms-debris', text: 'leftcenterrightdel' }],
    repairs: [],
    warnings: [],
    format: 'txt',
    originalText: paragraphs.join('\n')
  }
}

let db: GlossDatabase
let counter = 0

beforeEach(async () => {
  db = openDatabase(`gloss-test-${counter++}`)
  useDatabaseForTests(db)
})

describe('articles repository', () => {
  it('stores metadata and body together and lists newest first', async () => {
    const [first, second] = await addParsedArticles([parsed('First', ['One two three.']), parsed('Second', ['Four five.', 'Six.'])])
    const listed = await listArticles()
    expect(listed.map((article) => article.title)).toEqual(['Second', 'First'])
    expect(listed[0]).toMatchObject({ id: second, wordCount: 3, highlightCount: 0, source: 'VNA', fileName: 'Second.txt', readingState: 'new' })
    const body = await getArticleBody(first!)
    expect(body?.blocks).toEqual([{ kind: 'paragraph', text: 'One two three.' }])
    expect(body?.removed).toEqual([{ kind: 'cms-debris', text: 'leftcenterrightdel' }])
    expect(body?.originalText).toBe('One two three.')
  })

  it('never leaves metadata without its body when a write fails', async () => {
    const [id] = await addParsedArticles([parsed('Kept', ['Text.'])])
    // A second article whose body id collides makes its transaction fail as a whole.
    const meta = (await getArticleMeta(id!))!
    await expect(
      db.transaction('rw', db.articles, db.bodies, async () => {
        await db.articles.add({ ...meta, id: 'other' })
        await db.bodies.add({ articleId: id!, blocks: [], removed: [], repairs: [], warnings: [], originalText: '' })
      })
    ).rejects.toThrow()
    expect(await db.articles.get('other')).toBeUndefined()
  })

  it('saves reading progress and the reading state it implies', async () => {
    const [id] = await addParsedArticles([parsed('Progress', ['Text.'])])
    await saveReadingProgress(id!, 0.4)
    expect(await getArticleMeta(id!)).toMatchObject({ progress: 0.4, readingState: 'reading' })
    await saveReadingProgress(id!, 1.5)
    expect(await getArticleMeta(id!)).toMatchObject({ progress: 1, readingState: 'finished' })
  })
})

describe('highlights repository', () => {
  it('creates a highlight with its quote in context and counts it on the article', async () => {
    const paragraphs = ['Vietnam has established defence ties with over 100 countries.', 'It opened 33 military attaché offices.']
    const [id] = await addParsedArticles([parsed('Ties', paragraphs)])
    const text = articlePlainText(parsed('Ties', paragraphs).blocks)
    const start = text.indexOf('33 military')
    const highlight = await createHighlight(id!, text, start, start + '33 military attaché offices'.length, 'green')
    expect(highlight).toMatchObject({ quote: '33 military attaché offices', color: 'green', orphaned: false })
    expect(text.endsWith(highlight.prefix.slice(-10), start)).toBe(true)
    expect(highlight.suffix.startsWith('.')).toBe(true)
    expect((await getArticleMeta(id!))?.highlightCount).toBe(1)
  })

  it('lists in reading order, recolours, deletes and restores', async () => {
    const paragraphs = ['Alpha beta gamma delta epsilon.']
    const [id] = await addParsedArticles([parsed('Order', paragraphs)])
    const text = articlePlainText(parsed('Order', paragraphs).blocks)
    const later = await createHighlight(id!, text, 17, 22, 'yellow')
    const earlier = await createHighlight(id!, text, 0, 5, 'blue')
    expect((await listArticleHighlights(id!)).map((h) => h.quote)).toEqual(['Alpha', 'delta'])
    await recolorHighlight(later.id, 'pink')
    expect((await listArticleHighlights(id!))[1]?.color).toBe('pink')
    const removed = await deleteHighlight(earlier.id)
    expect((await listArticleHighlights(id!)).map((h) => h.quote)).toEqual(['delta'])
    expect((await getArticleMeta(id!))?.highlightCount).toBe(1)
    await restoreHighlight(removed!)
    expect((await listArticleHighlights(id!)).map((h) => h.quote)).toEqual(['Alpha', 'delta'])
    expect((await getArticleMeta(id!))?.highlightCount).toBe(2)
  })

  it('normalises records on read: an old record without newer fields still loads', async () => {
    const [id] = await addParsedArticles([parsed('Old', ['Some text here.'])])
    await db.highlights.add({ id: 'legacy', articleId: id!, start: 0, end: 4, quote: 'Some', prefix: '', suffix: ' text here.', color: 'yellow' } as never)
    const [legacy] = await listArticleHighlights(id!)
    expect(legacy).toMatchObject({ id: 'legacy', tags: [], orphaned: false, note: { doc: null, text: '' } })
  })
})

describe('export repository', () => {
  it('gathers meta, body and highlights in reading order', async () => {
    const paragraphs = ['First sentence here. Second sentence there.']
    const [id] = await addParsedArticles([parsed('Export me', paragraphs)])
    const text = articlePlainText(parsed('Export me', paragraphs).blocks)
    await createHighlight(id!, text, 21, 36, 'yellow')
    await createHighlight(id!, text, 0, 5, 'green')
    const [article] = await loadExportArticles([id!, 'missing'])
    expect(article?.meta.title).toBe('Export me')
    expect(article?.highlights.map((h) => h.quote)).toEqual(['First', 'Second sentence'])
    expect(article?.articleNote).toBeNull()
  })
})
