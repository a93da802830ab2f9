import { describe, expect, it } from 'vitest'
import type { Highlight } from '../model/annotation'
import { parseQuery } from './query'
import { filterNotebook, groupNotebook, tagOverview, type NotebookEntry } from './notebook'

function entry(id: string, quote: string, extra: Partial<Highlight> = {}, article = 'a1'): NotebookEntry {
  const highlight: Highlight = {
    id,
    articleId: article,
    color: 'yellow',
    start: 0,
    end: quote.length,
    quote,
    prefix: '',
    suffix: '',
    note: { doc: null, text: '' },
    tags: [],
    orphaned: false,
    createdAt: 0,
    updatedAt: 0,
    ...extra
  }
  return { highlight, articleTitle: `Title ${article}`, source: article === 'a1' ? 'VNA' : 'Reuters', articleTags: [] }
}

const entries = [
  entry('1', 'Exports to Japan grew', { tags: ['Trade'], color: 'green', createdAt: Date.UTC(2024, 0, 2) }),
  entry(
    '2',
    'Phạm Minh Chính met investors',
    { tags: ['People', 'Trade'], note: { doc: null, text: 'Follow the visit' }, createdAt: Date.UTC(2024, 0, 1) },
    'a2'
  ),
  entry('3', 'Rice prices fell', { createdAt: Date.UTC(2024, 0, 1) })
]

describe('filterNotebook', () => {
  const ids = (query: string): string[] => filterNotebook(entries, parseQuery(query)).map((e) => e.highlight.id)
  it('filters with the search syntax', () => {
    expect(ids('pham chinh')).toEqual(['2'])
    expect(ids('visi')).toEqual(['2'])
    expect(ids('tag:trade')).toEqual(['1', '2'])
    expect(ids('color:green')).toEqual(['1'])
    expect(ids('source:reuters')).toEqual(['2'])
    expect(ids('"prices fell"')).toEqual(['3'])
    expect(ids('"fell prices"')).toEqual([])
  })
})

describe('groupNotebook', () => {
  const labels = (by: Parameters<typeof groupNotebook>[1]): [string, string[]][] =>
    groupNotebook(entries, by).map((g) => [g.label, g.entries.map((e) => e.highlight.id)])
  it('groups by tag, listing a highlight under each of its tags', () => {
    expect(labels('tag')).toEqual([
      ['#People', ['2']],
      ['#Trade', ['1', '2']],
      ['Untagged', ['3']]
    ])
  })
  it('groups by article, colour and day', () => {
    expect(labels('article')).toEqual([
      ['Title a1', ['1', '3']],
      ['Title a2', ['2']]
    ])
    expect(labels('color')).toEqual([
      ['Green', ['1']],
      ['Yellow', ['2', '3']]
    ])
    expect(labels('date')).toEqual([
      ['2 January 2024', ['1']],
      ['1 January 2024', ['2', '3']]
    ])
  })
})

describe('tagOverview', () => {
  it('counts highlights and articles per tag', () => {
    expect(tagOverview(entries)).toEqual([
      { tag: 'Trade', highlights: 2, articles: 2 },
      { tag: 'People', highlights: 1, articles: 1 }
    ])
  })
})
