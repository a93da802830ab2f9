import { describe, expect, it } from 'vitest'
import { normalizeForShingling } from './normalize'

describe('normalizeForShingling', () => {
  it('keeps lowercased letters and digits only, so spacing and punctuation do not matter', () => {
    expect(normalizeForShingling('Ministry ofNational Defence, 2021!')).toBe('ministryofnationaldefence2021')
    expect(normalizeForShingling('Ministry of National  Defence 2021')).toBe('ministryofnationaldefence2021')
  })

  it('strips diacritics and invisible junk', () => {
    expect(normalizeForShingling('Phạm Minh Chính\u200b • Hà Nội')).toBe('phamminhchinhhanoi')
  })

  it('returns an empty stream for text without letters', () => {
    expect(normalizeForShingling(' -- 🙂 ')).toBe('')
  })
})
