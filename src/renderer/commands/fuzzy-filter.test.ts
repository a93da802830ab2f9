import { describe, expect, it } from 'vitest'
import { fuzzyFilter, fuzzyScore } from './fuzzy-filter'

const labels = ['Highlight the selection', 'Go to the top', 'Show keyboard shortcuts', 'Export highlights as Markdown', 'Next highlight']

describe('fuzzyScore', () => {
  it('matches in-order subsequences only', () => {
    expect(fuzzyScore('Go to the top', 'gtt')).not.toBeNull()
    expect(fuzzyScore('Go to the top', 'ttg')).toBeNull()
  })
})

describe('fuzzyFilter', () => {
  it('keeps everything, in order, for an empty query', () => {
    expect(fuzzyFilter(labels, '  ', (label) => label)).toEqual(labels)
  })
  it('ranks word-start and contiguous matches first', () => {
    expect(fuzzyFilter(labels, 'next', (label) => label)[0]).toBe('Next highlight')
    expect(fuzzyFilter(labels, 'shortcuts', (label) => label)).toEqual(['Show keyboard shortcuts'])
    expect(fuzzyFilter(labels, 'hl', (label) => label).slice(0, 2)).toContain('Highlight the selection')
  })
  it('puts a whole-word match above letters scattered across a longer label', () => {
    expect(fuzzyFilter(['Find: in the open article, or in the library', 'Go to the top'], 'top', (label) => label)[0]).toBe('Go to the top')
  })
  it('drops what does not match', () => {
    expect(fuzzyFilter(labels, 'zzz', (label) => label)).toEqual([])
  })
})
