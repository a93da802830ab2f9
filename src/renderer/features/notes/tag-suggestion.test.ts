import { describe, expect, it } from 'vitest'
import { tagSuggestionItems } from './tag-suggestion'

describe('tagSuggestionItems', () => {
  const existing = ['diplomacy', 'diplomacy/border', 'Mekong']

  it('offers matching tags, then the typed name when it is new', () => {
    expect(tagSuggestionItems(existing, 'dip')).toEqual([
      { name: 'diplomacy', isNew: false },
      { name: 'diplomacy/border', isNew: false },
      { name: 'dip', isNew: true }
    ])
  })

  it('does not offer an existing tag as new, whatever its case', () => {
    expect(tagSuggestionItems(existing, 'mekong')).toEqual([{ name: 'Mekong', isNew: false }])
  })
})
