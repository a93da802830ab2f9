import { describe, expect, it } from 'vitest'
import { removeJunkCharacters } from './removeJunkCharacters'

describe('removeJunkCharacters', () => {
  it('drops a letter of an unrelated script and records the token it touched', () => {
    const result = removeJunkCharacters('Hanoi (VNA) ꦰ- Vietnam has taken an active part')
    expect(result.text).toBe('Hanoi (VNA) - Vietnam has taken an active part')
    expect(result.repairs).toEqual([{ kind: 'junk-character', before: 'ꦰ-', after: '-' }])
  })

  it('drops emoji inside words and standalone emoji with their space', () => {
    expect(removeJunkCharacters('such as ar🍌ms services').text).toBe('such as arms services')
    const standalone = removeJunkCharacters('💮 In addition, Vietnam has hosted events')
    expect(standalone.text).toBe('In addition, Vietnam has hosted events')
    expect(standalone.removed).toEqual([{ kind: 'junk-character', text: '💮' }])
    expect(removeJunkCharacters('one 🐼 two words here').text).toBe('one two words here')
  })

  it('drops a pictograph shown as text inside a word, but keeps it (and arrows, ©, ®, ™) between words', () => {
    expect(removeJunkCharacters('Vietnam’s ex❤️ports rose in the qu☀arter and fl✈ights resumed').text).toBe(
      'Vietnam’s exports rose in the quarter and flights resumed'
    )
    for (const text of ['I ❤ Hanoi', '☀ Sunny, then ✈ to Hue', 'from A→B', 'Word® and Excel™ by Microsoft©', 'I❤NY', '今日は☀晴れです。', '오늘은♥좋은 날'])
      expect(removeJunkCharacters(text).text).toBe(text)
  })

  it('keeps a short word of Chinese, Japanese or Korean standing alone, and a quoted or bracketed one of any script', () => {
    for (const text of [
      'Premier Li Qiang (李强) said the word 危机 means crisis',
      'Japan (日本) and Korea 한국',
      'He said «да» and "da".',
      'The sign read 「日本」.'
    ])
      expect(removeJunkCharacters(text).text).toBe(text)
    expect(removeJunkCharacters('such as ar李ms and ꦰ- then').text).toBe('such as arms and - then')
  })

  it('drops zero-width, private-use and control characters', () => {
    expect(removeJunkCharacters('peace\u200Bkeeping and \uE000secu\u0007rity').text).toBe('peacekeeping and security')
  })

  it('keeps legitimate non-ASCII text', () => {
    const clean = 'Phạm Minh Chính met António Guterres – “the attachés’ café” © 2024 — π ≈ 3.14'
    expect(removeJunkCharacters(clean)).toEqual({ text: clean, removed: [], repairs: [] })
  })

  it('keeps a quoted word in another script but not a lone stray letter of it', () => {
    expect(removeJunkCharacters('President Putin (Путин) said the talks went well').text).toBe('President Putin (Путин) said the talks went well')
  })

  it('judges scripts against the dominant one, so Cyrillic text keeps its letters and loses stray Javanese', () => {
    expect(removeJunkCharacters('Москва ꦡсегодня объявила').text).toBe('Москва сегодня объявила')
  })

  it('keeps letters every script uses and Latin letters in any text', () => {
    for (const clean of [
      'PM2.5 reached 80µg/m³ on Monday, up from 15µg/m³, and fines of 50.000₫ apply.',
      'Flights to Hawaiʻi and Oʻahu resumed.',
      '東京都のコーヒー店でサービスのニュースを読んだ。',
      '宝可梦Pokémon与雀巢Nestlé和ＡＩ技术和Ｇ７的新闻报道今天发布了很多内容。',
      'Компания Nestlé и café «Пушкин» открылись.'
    ]) {
      expect(removeJunkCharacters(clean)).toEqual({ text: clean, removed: [], repairs: [] })
    }
  })

  it('leaves page breaks and vertical tabs between words for white space, not junk', () => {
    expect(removeJunkCharacters('rolled out\u000bacross của\fBộ').text).toBe('rolled out\u000bacross của\fBộ')
  })
})
