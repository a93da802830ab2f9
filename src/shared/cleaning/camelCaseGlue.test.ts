import { describe, expect, it } from 'vitest'
import { isCamelCaseGlue, isWrittenTwice } from './camelCaseGlue'

describe('isCamelCaseGlue', () => {
  it('splits glued prose words and keeps short-word brand names', () => {
    expect(isCamelCaseGlue('of', 'National')).toBe(true)
    expect(isCamelCaseGlue('Security', 'Council')).toBe(true)
    expect(isCamelCaseGlue('You', 'Tube')).toBe(false)
    expect(isCamelCaseGlue('i', 'Phone')).toBe(false)
  })
})

describe('isWrittenTwice', () => {
  it('tells a name written again from a word glued once', () => {
    const text = 'VietnamPlus said on Monday.\nAccording to VietnamPlus’s report, the SecurityCouncil met.'
    expect(isWrittenTwice('VietnamPlus', text)).toBe(true)
    expect(isWrittenTwice('SecurityCouncil', text)).toBe(false)
  })

  it('does not take glue repeated with its paragraph for a name', () => {
    const lead = 'Officials saidVietnam would act on the report.'
    expect(isWrittenTwice('saidVietnam', `${lead}\n${lead}`)).toBe(false)
  })
})
