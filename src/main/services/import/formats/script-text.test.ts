import { describe, expect, it } from 'vitest'
import { isBackLink, scriptText } from './script-text'

describe('scriptText', () => {
  it('brackets a footnote reference, so its number never glues to the word before', () => {
    expect(scriptText('sup', '1', true)).toBe('[1]')
    expect(scriptText('sup', '[12]', true)).toBe('[12]')
    expect(scriptText('sup', ' a ', true)).toBe('[a]')
    expect(scriptText('sup', '*', true)).toBe('[*]')
  })

  it('gives short figures their raised or lowered Unicode forms', () => {
    expect(scriptText('sup', '2', false)).toBe('²')
    expect(scriptText('sup', '-10', false)).toBe('⁻¹⁰')
    expect(scriptText('sub', '2', false)).toBe('₂')
    expect(scriptText('sub', '(12)', true)).toBe('₍₁₂₎')
  })

  it('leaves words, long runs and a linked sentence as they read', () => {
    expect(scriptText('sup', 'rd', false)).toBe('rd')
    expect(scriptText('sup', 'TM', false)).toBe('TM')
    expect(scriptText('sup', '1234567', false)).toBe('1234567')
    expect(scriptText('sup', 'see note', true)).toBe('see note')
    expect(scriptText('sup', '  ', true)).toBe('  ')
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
