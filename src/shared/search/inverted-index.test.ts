import { describe, expect, it } from 'vitest'
import { InvertedIndex } from './inverted-index'
import { parseQuery } from './query'
import { serializeIndex, deserializeIndex } from './index-codec'
import type { SearchDocument } from './search-document'

function article(id: string, title: string, text: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { key: `a:${id}`, kind: 'article', articleId: id, title, text, tags: [], source: 'VNA', color: null, ...extra }
}

function sample(): InvertedIndex {
  const index = new InvertedIndex()
  index.add(article('1', 'Trade deficit narrows', 'Exports grew while imports fell in the trade report.'))
  index.add(article('2', 'Rice harvest', 'The rice harvest in the delta was strong; trade in rice grew.', { tags: ['Agriculture'] }))
  index.add(article('3', 'Thủ tướng Phạm Minh Chính thăm Nhật Bản', 'Prime Minister Phạm Minh Chính met investors.', { source: 'Nhân Dân' }))
  index.add({ key: 'h:h1', kind: 'highlight', articleId: '2', title: '', text: 'trade in rice grew', tags: ['Evidence'], source: 'VNA', color: 'green' })
  return index
}

const ids = (index: InvertedIndex, query: string, kind: 'article' | 'highlight' = 'article'): string[] =>
  index.search(parseQuery(query), 10).hits[kind].map((hit) => hit.articleId)

describe('InvertedIndex', () => {
  it('requires every word and ranks title matches first', () => {
    expect(ids(sample(), 'trade ')).toEqual(['1', '2'])
    expect(ids(sample(), 'rice trade ')).toEqual(['2'])
  })

  it('matches regardless of case and diacritics', () => {
    expect(ids(sample(), 'pham minh chinh')).toEqual(['3'])
    expect(ids(sample(), 'PHẠM')).toEqual(['3'])
  })

  it('matches a prefix as the user types', () => {
    expect(ids(sample(), 'harv')).toEqual(['2'])
    expect(ids(sample(), 'harv ')).toEqual([])
  })

  it('filters by tag, source and colour without changing the words matched', () => {
    const index = sample()
    expect(ids(index, 'grew tag:agriculture')).toEqual(['2'])
    expect(ids(index, 'source:"nhan dan"')).toEqual(['3'])
    expect(ids(index, 'rice color:green', 'highlight')).toEqual(['2'])
    expect(ids(index, 'rice color:yellow', 'highlight')).toEqual([])
  })

  it('forgets removed documents and whole articles', () => {
    const index = sample()
    index.remove('a:1')
    expect(ids(index, 'trade ')).toEqual(['2'])
    index.removeArticle('2')
    expect(ids(index, 'trade ')).toEqual([])
    expect(ids(index, 'rice', 'highlight')).toEqual([])
    expect(index.size).toBe(1)
  })

  it('replaces a document added again under the same key', () => {
    const index = sample()
    index.add(article('1', 'Renamed', 'Nothing about commerce.'))
    expect(ids(index, 'deficit')).toEqual([])
    expect(ids(index, 'renamed')).toEqual(['1'])
  })

  it('finds tags whose names match the query, with counts by kind', () => {
    expect(sample().matchingTags(parseQuery('evid'))).toEqual([{ name: 'Evidence', counts: { article: 0, highlight: 1, note: 0 } }])
  })

  it('survives serialisation without its removed documents', () => {
    const index = sample()
    index.remove('a:1')
    const restored = deserializeIndex(serializeIndex(index))!
    expect(restored.size).toBe(3)
    expect(ids(restored, 'trade ')).toEqual(['2'])
    expect(ids(restored, 'pham chinh')).toEqual(['3'])
    expect(ids(restored, 'rice color:green', 'highlight')).toEqual(['2'])
    restored.add(article('4', 'Trade talks', 'More trade.'))
    expect(ids(restored, 'trade ')).toEqual(['4', '2'])
  })
})
