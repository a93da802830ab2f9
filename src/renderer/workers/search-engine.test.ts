// The search worker's engine against a real IndexedDB implementation: building, incremental
// updates through the change feed, phrases, snippets, and loading the saved index.
import { beforeEach, describe, expect, it } from 'vitest'
import { addTestArticle, freshDatabase } from '../db/test-articles'
import { createHighlight } from '../db/highlights-repository'
import { saveArticleNote, saveHighlightNote } from '../db/notes-repository'
import { saveReadingProgress, trashArticles } from '../db/articles-repository'
import { setArticleTags } from '../db/tags-repository'
import { watchSearchableChanges } from '../db/search-change-feed'
import { savedIndexSize } from '../db/search-index-repository'
import { SearchEngine } from './search-engine'

beforeEach(() => {
  freshDatabase()
})

const titles = async (engine: SearchEngine, query: string, kind: 'article' | 'highlight' | 'note' = 'article'): Promise<string[]> =>
  (await engine.search(query, 10)).groups[kind].items.map((item) => (kind === 'article' ? item.articleTitle : item.snippet.text))

describe('SearchEngine', () => {
  it('builds the index from storage and finds articles, highlights and notes', async () => {
    const trade = await addTestArticle(['Exports grew while imports fell.', 'The trade deficit narrowed in December.'], 'Trade report')
    await addTestArticle(['Prime Minister Phạm Minh Chính met investors in Tokyo.'], 'Visit to Japan')
    const highlight = await createHighlight(trade.id, trade.text, trade.text.indexOf('trade deficit'), trade.text.indexOf(' narrowed'), 'green')
    await saveHighlightNote(highlight.id, { doc: null, text: 'Compare with last year' })
    await saveArticleNote(trade.id, { doc: null, text: 'Ask the economist about tariffs' })
    const engine = new SearchEngine(10)
    expect(await titles(engine, 'pham minh chinh')).toEqual(['Visit to Japan'])
    expect(await titles(engine, 'deficit', 'highlight')).toEqual(['trade deficit  Compare with last year'])
    expect(await titles(engine, 'last year', 'highlight')).toHaveLength(1)
    expect(await titles(engine, 'tarif', 'note')).toEqual(['Ask the economist about tariffs'])
    expect(await titles(engine, 'trade color:green', 'highlight')).toHaveLength(1)
  })

  it('marks matches in snippets and points at the match in the text', async () => {
    const article = await addTestArticle(['Opening words.', 'Prime Minister Phạm Minh Chính met investors.'], 'Visit')
    const results = await new SearchEngine(10).search('minh chinh ', 10)
    const item = results.groups.article.items[0]!
    expect(item.snippet.marks.map(([start, end]) => item.snippet.text.slice(start, end))).toEqual(['Minh', 'Chính'])
    expect(article.text.slice(item.at!, item.at! + 4)).toBe('Minh')
  })

  it('keeps only texts holding a quoted phrase', async () => {
    await addTestArticle(['The trade deficit narrowed.'], 'In order')
    await addTestArticle(['The deficit in trade grew.'], 'Out of order')
    expect(await titles(new SearchEngine(10), '"trade deficit"')).toEqual(['In order'])
  })

  it('follows changes reported by the change feed, and ignores reading progress', async () => {
    const engine = new SearchEngine(10)
    const reported: string[][] = []
    const stop = watchSearchableChanges((ids) => {
      reported.push(ids)
      void engine.changed(ids)
    })
    const article = await addTestArticle(['Rice harvest in the delta.'], 'Harvest')
    await engine.start()
    await setArticleTags(article.id, ['Agriculture'])
    await saveReadingProgress(article.id, 0.5)
    await new Promise((done) => setTimeout(done, 50))
    expect(reported.flat().every((id) => id === article.id)).toBe(true)
    expect(await titles(engine, 'tag:agriculture')).toEqual(['Harvest'])
    await trashArticles([article.id])
    await new Promise((done) => setTimeout(done, 50))
    expect(await titles(engine, 'rice')).toEqual([])
    stop()
  })

  it('saves the index and loads it on the next start, catching up on articles added meanwhile', async () => {
    await addTestArticle(['Rice harvest in the delta.'], 'Harvest')
    const first = new SearchEngine(10)
    await first.start()
    expect(await savedIndexSize()).toBeGreaterThan(0)
    await addTestArticle(['Coffee exports rose.'], 'Coffee')
    const second = new SearchEngine(10)
    expect(await titles(second, 'rice')).toEqual(['Harvest'])
    expect(await titles(second, 'coffee')).toEqual(['Coffee'])
  })
})
