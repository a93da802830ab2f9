import { describe, expect, it } from 'vitest'
import { highlightCountsAfterWrite } from './highlight-counts'

describe('highlightCountsAfterWrite', () => {
  it('counts stored and written highlights per article, a written one replacing the stored one with its id', () => {
    const stored = [
      { id: 'h1', articleId: 'a' },
      { id: 'h2', articleId: 'a' },
      { id: 'h3', articleId: 'b' }
    ]
    const written = [
      { id: 'h2', articleId: 'c' },
      { id: 'h4', articleId: 'c' },
      { id: 'h3', articleId: 'b' }
    ]
    const { counts, touched } = highlightCountsAfterWrite(stored, written)
    expect(Object.fromEntries(counts)).toEqual({ a: 1, b: 1, c: 2 })
    // "a" lost h2 to "c"; "b" had h3 rewritten in place.
    expect([...touched].sort()).toEqual(['a', 'b', 'c'])
  })

  it('touches nothing when nothing is written', () => {
    const { counts, touched } = highlightCountsAfterWrite([{ id: 'h1', articleId: 'a' }], [])
    expect(Object.fromEntries(counts)).toEqual({ a: 1 })
    expect(touched.size).toBe(0)
  })
})
