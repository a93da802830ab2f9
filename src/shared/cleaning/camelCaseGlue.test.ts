import { describe, expect, it } from 'vitest'
import { isCamelCaseGlue, repeatedCamelCaseWords } from './camelCaseGlue'

describe('isCamelCaseGlue', () => {
  it('splits glued prose words and keeps short-word brand names', () => {
    expect(isCamelCaseGlue('of', 'National')).toBe(true)
    expect(isCamelCaseGlue('Security', 'Council')).toBe(true)
    expect(isCamelCaseGlue('You', 'Tube')).toBe(false)
    expect(isCamelCaseGlue('i', 'Phone')).toBe(false)
  })
})

describe('repeatedCamelCaseWords', () => {
  it('finds the camel-case words written more than once, by their letters', () => {
    const texts = ['VietnamPlus said on Monday.', 'According to VietnamPlus’s report, theSecurity council met.', 'MarketWatch once.']
    expect(repeatedCamelCaseWords(texts)).toEqual(new Set(['VietnamPlus']))
  })
})
