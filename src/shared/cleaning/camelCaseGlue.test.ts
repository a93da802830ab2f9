import { describe, expect, it } from 'vitest'
import { isCamelCaseGlue, isWrittenTwice } from './camelCaseGlue'

describe('isCamelCaseGlue', () => {
  it('splits glued prose words and keeps short-word brand names', () => {
    expect(isCamelCaseGlue('of', 'National')).toBe(true)
    expect(isCamelCaseGlue('Security', 'Council')).toBe(true)
    expect(isCamelCaseGlue('You', 'Tube')).toBe(false)
    expect(isCamelCaseGlue('i', 'Phone')).toBe(false)
  })

  it('keeps names joined to their particle', () => {
    for (const [particle, name] of [
      ['de', 'Grasse'],
      ['van', 'Gogh'],
      ['mc', 'Donald'],
      ['la', 'Guardia']
    ])
      expect(isCamelCaseGlue(particle!, name!)).toBe(false)
    expect(isCamelCaseGlue('the', 'Ministry')).toBe(true)
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
