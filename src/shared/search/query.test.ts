import { describe, expect, it } from 'vitest'
import { isEmptyQuery, parseQuery } from './query'

describe('parseQuery', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseQuery('trade defi')).toMatchObject({ words: ['trade'], prefix: 'defi' })
    expect(parseQuery('trade deficit ')).toMatchObject({ words: ['trade', 'deficit'], prefix: null })
  })

  it('folds words and keeps quoted phrases in order', () => {
    const query = parseQuery('"Phạm Minh Chính" visit')
    expect(query.phrases).toEqual([['pham', 'minh', 'chinh']])
    expect(query.words).toEqual(['pham', 'minh', 'chinh'])
    expect(query.prefix).toBe('visit')
  })

  it('reads filters, with quoted values, apart from the words', () => {
    const query = parseQuery('growth tag:Economy source:"Viet Nam News" color:yellow ')
    expect(query).toMatchObject({ words: ['growth'], tags: ['economy'], sources: ['viet nam news'], colors: ['yellow'], prefix: null })
  })

  it('does not take a filter value as a prefix', () => {
    expect(parseQuery('tag:econ').prefix).toBeNull()
  })

  it('knows an empty query', () => {
    expect(isEmptyQuery(parseQuery('  "" '))).toBe(true)
    expect(isEmptyQuery(parseQuery('tag:x'))).toBe(false)
  })
})
