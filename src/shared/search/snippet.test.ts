import { describe, expect, it } from 'vitest'
import { makeSnippet } from './snippet'
import { parseQuery } from './query'
import { findInText } from './find-in-text'
import { hasPhrases } from './match-ranges'

const marked = (snippet: { text: string; marks: [number, number][] }): string[] => snippet.marks.map(([start, end]) => snippet.text.slice(start, end))

describe('makeSnippet', () => {
  const text = `${'Filler words here. '.repeat(30)}Prime Minister Phạm Minh Chính met investors in Tokyo. ${'More filler. '.repeat(30)}`

  it('centres on the match and marks the words as written', () => {
    const snippet = makeSnippet(text, parseQuery('pham minh chinh'))
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(marked(snippet)).toEqual(['Phạm', 'Minh', 'Chính'])
    expect(text.slice(snippet.at, snippet.at + 4)).toBe('Phạm')
  })

  it('marks a quoted phrase as one run', () => {
    expect(marked(makeSnippet(text, parseQuery('"minh chinh met"')))).toEqual(['Minh Chính met'])
  })

  it('falls back to the beginning when nothing matches', () => {
    expect(makeSnippet('Short text.', parseQuery('absent')).text).toBe('Short text.')
  })
})

describe('hasPhrases', () => {
  it('checks word order', () => {
    expect(hasPhrases('the trade deficit', parseQuery('"trade deficit"'))).toBe(true)
    expect(hasPhrases('the deficit in trade', parseQuery('"trade deficit"'))).toBe(false)
  })
})

describe('findInText', () => {
  it('finds every occurrence ignoring case and diacritics, in original offsets', () => {
    const text = 'Phạm Minh Chính said; PHAM MINH CHINH agreed.'
    const ranges = findInText(text, 'pham minh chinh')
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['Phạm Minh Chính', 'PHAM MINH CHINH'])
  })

  it('finds words that inline code spaces out, however many spaces are typed', () => {
    const text = 'The status line reads queue:  0 pending now.'
    const found = (needle: string): string[] => findInText(text, needle).map(([start, end]) => text.slice(start, end))
    expect(found('queue: 0 pending')).toEqual(['queue:  0 pending'])
    expect(found('queue:  0')).toEqual(['queue:  0'])
    expect(found('reads queue:')).toEqual(['reads queue:'])
  })

  it('finds nothing for blank input', () => {
    expect(findInText('abc', '  ')).toEqual([])
  })
})
