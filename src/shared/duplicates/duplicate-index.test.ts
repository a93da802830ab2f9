import { describe, expect, it } from 'vitest'
import { DuplicateIndex } from './duplicate-index'
import { signature } from './minhash'

const article = 'The Ministry of National Defence reviewed international integration and defence diplomacy. '.repeat(4)
const other = 'Prime Minister Pham Minh Chinh held separate meetings with the UN Secretary-General in Rio. '.repeat(4)

describe('DuplicateIndex', () => {
  it('finds an added signature and forgets a removed one', () => {
    const index = new DuplicateIndex()
    index.add('a', signature(article))
    index.add('b', signature(other))
    expect(index.findDuplicates(signature(article))).toEqual([{ id: 'a', similarity: 1 }])
    index.remove('a')
    expect(index.findDuplicates(signature(article))).toEqual([])
    expect(index.size).toBe(1)
  })

  it('replaces the signature when an id is added again', () => {
    const index = new DuplicateIndex()
    index.add('a', signature(article))
    index.add('a', signature(other))
    expect(index.findDuplicates(signature(article))).toEqual([])
    expect(index.findDuplicates(signature(other)).map((match) => match.id)).toEqual(['a'])
  })

  it('accepts signatures stored as plain arrays and rejects malformed ones', () => {
    const index = new DuplicateIndex()
    index.add('a', Array.from(signature(article)))
    expect(index.findDuplicates(Array.from(signature(article)))[0]?.id).toBe('a')
    expect(() => index.add('b', [1, 2, 3])).toThrow(/expected/)
  })

  it('honours a custom threshold', () => {
    const index = new DuplicateIndex()
    index.add('a', signature(article))
    expect(index.findDuplicates(signature(article + other), 0.99)).toEqual([])
  })
})
