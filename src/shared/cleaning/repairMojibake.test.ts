import { describe, expect, it } from 'vitest'
import { repairMojibake } from './repairMojibake'

describe('repairMojibake', () => {
  it('re-reads UTF-8 that was decoded as Windows-1252 and records the word', () => {
    const result = repairMojibake('Vietnamâ€™s flag and â€œfour no’sâ€\u009d')
    expect(result.text).toBe('Vietnam’s flag and “four no’s”')
    expect(result.repairs[0]).toEqual({ kind: 'mojibake', before: 'Vietnamâ€™s', after: 'Vietnam’s' })
  })

  it('repairs accented letters', () => {
    expect(repairMojibake('military attachÃ©s').text).toBe('military attachés')
  })

  it('leaves correct text alone', () => {
    const clean = 'Phạm Minh Chính’s café – “Ô” Ã'
    expect(repairMojibake(clean)).toEqual({ text: clean, removed: [], repairs: [] })
  })
})
