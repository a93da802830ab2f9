import { describe, expect, it } from 'vitest'
import { isWhiteSpaceCode, letterOrDigitWidth, letterRuns } from './letters'
import { mulberry32 } from '../test-support/random'

describe('letter runs', () => {
  it('gives the runs the Unicode letter regex gives, in every script and around digits, emoji and marks', () => {
    const pieces = ['Hà Nội', 'COVID19', 'ar🍌ms', 'ꦰ-', 'Tiếng', ' ', '., ', 'Ελλάδα', 'Москва', '東京', '𝐀𝐁', 'e\u0301', '\u200b', '42', "People's", '\ud83c']
    const random = mulberry32(7)
    for (let sample = 0; sample < 500; sample++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('')
      expect(letterRuns(text)).toEqual(text.match(/\p{L}+/gu) ?? [])
    }
  })
})

describe('letterOrDigitWidth', () => {
  it('answers as the letter-or-digit regex does for every BMP character, and for surrogate pairs', () => {
    const differing: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCharCode(code)
      if ((letterOrDigitWidth(character, 0) === 1) !== /^[\p{L}\p{N}]$/u.test(character)) differing.push(code)
    }
    expect(differing).toEqual([])
    expect(['𝐀x', '🍌x', '\ud83cx', '\udc00x'].map((text) => letterOrDigitWidth(text, 0))).toEqual([2, 0, 0, 0])
  })
})

describe('isWhiteSpaceCode', () => {
  it('answers as the \\s regex does for every UTF-16 code unit', () => {
    const differing: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code)
    expect(differing).toEqual([])
  })
})
