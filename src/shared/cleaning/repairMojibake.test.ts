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

  it('leaves a letter before an ellipsis and a closing quote alone, though they read as UTF-8 for a Hangul or CJK character', () => {
    for (const clean of ['Anh hỏi: “Để làm gì…” rồi…', '“Đẹp quá…”', '“Mê…”', '“What a café…”', 'Il a dit « déjà… »']) {
      expect(repairMojibake(clean)).toEqual({ text: clean, removed: [], repairs: [] })
    }
  })

  it('repairs misread Vietnamese letters, emoji, and whole words of other scripts', () => {
    expect(repairMojibake('Viá»‡t Nam').text).toBe('Việt Nam')
    expect(repairMojibake('Great ðŸ˜€').text).toBe('Great 😀')
    expect(repairMojibake('ä¸­æ–‡ and í•œêµ­ì–´').text).toBe('中文 and 한국어')
  })

  it('repairs a misread byte-order mark and replacement character, for the junk pass to drop', () => {
    expect(repairMojibake('ï»¿Vietnam Hosts Defence Expo').text).toBe('\uFEFFVietnam Hosts Defence Expo')
    expect(repairMojibake('a ï¿½ b').text).toBe('a \uFFFD b')
  })
})
