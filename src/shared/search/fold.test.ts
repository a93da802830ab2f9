import { describe, expect, it } from 'vitest'
import { fold, tokenize } from './fold'

describe('fold', () => {
  it('drops case and Vietnamese diacritics, including đ', () => {
    expect(fold('Phạm Minh Chính')).toBe('pham minh chinh')
    expect(fold('Đà Nẵng')).toBe('da nang')
    expect(fold('Straße Øresund')).toBe('strasse oresund')
  })
})

describe('tokenize', () => {
  it('folds raised and lowered digits to plain ones', () => {
    expect(fold('km² H₂O rose¹⁰')).toBe('km2 h2o rose10')
  })

  it('keeps each word’s offsets in the original text', () => {
    const text = 'Thủ tướng Phạm Minh Chính, 2023.'
    const tokens = tokenize(text)
    expect(tokens.map((token) => token.term)).toEqual(['thu', 'tuong', 'pham', 'minh', 'chinh', '2023'])
    expect(text.slice(tokens[4]!.start, tokens[4]!.end)).toBe('Chính')
  })

  it('keeps combining marks inside the word they belong to', () => {
    const decomposed = 'Pha\u0323m'
    expect(tokenize(decomposed).map((token) => token.term)).toEqual(['pham'])
  })
})
