import { describe, expect, it } from 'vitest'
import { isSameOrChildTag, normalizeTagName, removeFromTagList, renameInTagList, renameTagName, suggestTags, uniqueTags } from './tag-names'

describe('tag names', () => {
  it('normalises what users type', () => {
    expect(normalizeTagName('  #Diplomacy   and  Trade ')).toBe('Diplomacy and Trade')
    expect(normalizeTagName('diplomacy / border//')).toBe('diplomacy/border')
    expect(normalizeTagName('   ')).toBe('')
  })

  it('keeps the first spelling of case-insensitive duplicates', () => {
    expect(uniqueTags(['Mekong', 'mekong ', 'MEKONG', 'salinity', ''])).toEqual(['Mekong', 'salinity'])
  })

  it('renames a parent together with its children, not lookalike siblings', () => {
    expect(renameTagName('diplomacy/border', 'diplomacy', 'defence')).toBe('defence/border')
    expect(renameTagName('Diplomacy', 'diplomacy', 'defence')).toBe('defence')
    expect(renameTagName('diplomacy-old', 'diplomacy', 'defence')).toBe('diplomacy-old')
    expect(isSameOrChildTag('diplomacyx/a', 'diplomacy')).toBe(false)
  })

  it('merges into an existing tag without duplicating it', () => {
    expect(renameInTagList(['trade', 'Commerce', 'asean'], 'commerce', 'trade')).toEqual(['trade', 'asean'])
  })

  it('deletes one tag and leaves its children', () => {
    expect(removeFromTagList(['a', 'A/b', 'c'], 'A')).toEqual(['A/b', 'c'])
  })

  it('suggests prefix matches first, at any level, then substrings', () => {
    const existing = ['defence', 'diplomacy/border', 'diplomacy', 'trade/defence-goods', 'mekong']
    expect(suggestTags(existing, 'def')).toEqual(['defence', 'trade/defence-goods'])
    expect(suggestTags(existing, 'rde')).toEqual(['diplomacy/border'])
    expect(suggestTags(existing, 'dip', ['diplomacy'])).toEqual(['diplomacy/border'])
    expect(suggestTags(existing, 'kon')).toEqual(['mekong'])
  })
})
