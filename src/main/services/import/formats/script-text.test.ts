import { describe, expect, it } from 'vitest'
import { isBackLink, scriptText } from './script-text'

const linked = { before: 'rose', linksToAnchor: true }
const after = (before: string) => ({ before, linksToAnchor: false })

describe('scriptText', () => {
  it('brackets a linked note reference, so its number never glues to the word before', () => {
    expect(scriptText('sup', '1', linked)).toBe('[1]')
    expect(scriptText('sup', '[12]', linked)).toBe('[12]')
    expect(scriptText('sup', 'a', linked)).toBe('[a]')
    expect(scriptText('sup', '*', linked)).toBe('[*]')
  })

  it('reads a raised number after a word or the end of a phrase as a note reference', () => {
    expect(scriptText('sup', '3', after('The river rose'))).toBe('[3]')
    expect(scriptText('sup', '12', after('as the minister said.'))).toBe('[12]')
    expect(scriptText('sup', '†', after('Nguyen'))).toBe('[†]')
    expect(scriptText('sup', '1,2', after('observed'))).toBe('[1,2]')
    expect(scriptText('sup', '14', after('26 miles'))).toBe('[14]')
    expect(scriptText('sup', '7', after('(announced on Monday)'))).toBe('[7]')
    expect(scriptText('sup', '3', after('in 30 seconds'))).toBe('[3]')
    expect(scriptText('sup', '3–5', linked)).toBe('[3–5]')
    expect(scriptText('sup', ' 1 ', linked)).toBe(' [1] ')
  })

  it('gives exponents and other short figures their raised or lowered Unicode forms', () => {
    expect(scriptText('sup', '2', after('40 km'))).toBe('²')
    expect(scriptText('sup', '2', after('E = mc'))).toBe('²')
    expect(scriptText('sup', '2', after('300 metres'))).toBe('²')
    expect(scriptText('sup', '2', after('sin'))).toBe('²')
    expect(scriptText('sup', '2', after('(a+b)'))).toBe('²')
    expect(scriptText('sup', '-1', after('metres per second'))).toBe('⁻¹')
    expect(scriptText('sup', '-10', after('10'))).toBe('⁻¹⁰')
    expect(scriptText('sub', '2', after('CO'))).toBe('₂')
    expect(scriptText('sub', '2', after('The river rose'))).toBe('₂')
    expect(scriptText('sub', '(12)', linked)).toBe('₍₁₂₎')
  })

  it('leaves words, long runs and a linked sentence as they read', () => {
    expect(scriptText('sup', 'rd', after('the 3'))).toBe('rd')
    expect(scriptText('sup', 'TM', after('Gloss'))).toBe('TM')
    expect(scriptText('sup', '1234567', after('x'))).toBe('1234567')
    expect(scriptText('sup', 'see note', linked)).toBe('see note')
    expect(scriptText('sup', '  ', linked)).toBe('  ')
  })
})

describe('isBackLink', () => {
  it('is a link to an anchor that says nothing but an arrow', () => {
    expect(isBackLink(' ↩ ', '#ref-1')).toBe(true)
    expect(isBackLink('↑', '#footnote-ref-1')).toBe(true)
    expect(isBackLink('↩', 'https://example.com/')).toBe(false)
    expect(isBackLink('Back to top', '#top')).toBe(false)
    expect(isBackLink('↩', null)).toBe(false)
  })
})
