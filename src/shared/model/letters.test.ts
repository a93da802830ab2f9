import { describe, expect, it } from 'vitest'
import { isWhiteSpaceCode, letterAndDigitRuns, letterRuns } from './letters'
import { mulberry32 } from '../test-support/random'

describe('letter runs', () => {
  it('gives the runs the Unicode letter regex gives, in every script and around digits, emoji and marks', () => {
    const pieces = ['Hà Nội', 'COVID19', 'ar🍌ms', 'ꦰ-', 'Tiếng', ' ', '., ', 'Ελλάδα', 'Москва', '東京', '𝐀𝐁', 'e\u0301', '\u200b', '42', "People's", '\ud83c']
    const random = mulberry32(7)
    for (let sample = 0; sample < 500; sample++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('')
      expect(letterRuns(text)).toEqual(text.match(/\p{L}+/gu) ?? [])
      expect(letterAndDigitRuns(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? [])
    }
  })
})

describe('isWhiteSpaceCode', () => {
  it('answers as the \\s regex does for every UTF-16 code unit', () => {
    const differing: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code)
    expect(differing).toEqual([])
  })
})
