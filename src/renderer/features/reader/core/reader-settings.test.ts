import { describe, expect, it } from 'vitest'
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings, readerStyleVariables } from './reader-settings'

describe('normalizeReaderSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeReaderSettings(undefined)).toEqual(DEFAULT_READER_SETTINGS)
    expect(normalizeReaderSettings('garbage')).toEqual(DEFAULT_READER_SETTINGS)
  })
  it('keeps valid values, clamps numbers and replaces unknown choices', () => {
    expect(normalizeReaderSettings({ family: 'sans', fontSize: 99, measure: 10, lineHeight: 1.8, theme: 'neon' })).toEqual({
      family: 'sans',
      fontSize: 30,
      measure: 45,
      lineHeight: 1.8,
      theme: 'system'
    })
    expect(normalizeReaderSettings({ fontSize: Number.NaN }).fontSize).toBe(DEFAULT_READER_SETTINGS.fontSize)
  })
})

describe('readerStyleVariables', () => {
  it('expresses the settings as CSS custom properties', () => {
    const variables = readerStyleVariables({ family: 'sans', fontSize: 22, measure: 60, lineHeight: 1.5, theme: 'sepia' })
    expect(variables['--reader-font-size']).toBe('22px')
    expect(variables['--reader-measure']).toBe('60ch')
    expect(variables['--reader-line-height']).toBe('1.5')
    expect(variables['--reader-font']).toContain('sans-serif')
  })
})
