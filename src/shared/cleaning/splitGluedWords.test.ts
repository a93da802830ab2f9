import { describe, expect, it } from 'vitest'
import { splitGluedWords } from './splitGluedWords'

const split = (text: string): string => splitGluedWords(text).text

describe('splitGluedWords', () => {
  it.each([
    ['the national territorialsovereignty,', 'the national territorial sovereignty,'],
    ['defence diplomacyin the', 'defence diplomacy in the'],
    ['recordingimportant achievements', 'recording important achievements'],
    ['attended and hostedinternational festivals', 'attended and hosted international festivals'],
    ['continue tostudy and expand', 'continue to study and expand'],
    ['the Ministry ofNational Defence', 'the Ministry of National Defence'],
    ['regarding theMinistry', 'regarding the Ministry'],
    ['the UN SecurityCouncil.', 'the UN Security Council.'],
    ["the Vietnam People'sArmy", "the Vietnam People's Army"],
    ['a conference on April14.', 'a conference on April 14.'],
    ['more than 100countries', 'more than 100 countries'],
    ['the COVID-19pandemic.', 'the COVID-19 pandemic.'],
    ['Sen. Lt.Gen. Hoang', 'Sen. Lt. Gen. Hoang'],
    ['follow the guidelines.The army', 'follow the guidelines. The army']
  ])('splits %s', (glued, expected) => {
    expect(split(glued)).toBe(expected)
  })

  it('records each split as a repair naming the word without its punctuation', () => {
    expect(splitGluedWords('the territorialsovereignty, and April14.').repairs).toEqual([
      { kind: 'split-glued-word', before: 'territorialsovereignty', after: 'territorial sovereignty' },
      { kind: 'split-glued-word', before: 'April14', after: 'April 14' }
    ])
    expect(splitGluedWords('Sen. Lt.Gen. Hoang').repairs).toEqual([{ kind: 'split-glued-word', before: 'Lt.Gen.', after: 'Lt. Gen.' }])
  })

  it.each([
    'peacekeeping understand multilateralisation semiconductors peacekeepers modernisation remediation',
    'Guterres Ryzhenkov Phomvihane Phạm Minh Chính',
    'iPhone YouTube McDonald PowerPoint LinkedIn OpenAI macOS eBay JavaScript WhatsApp getElementById addEventListener',
    'COVID-19 G20 MH370 4th 1990s 2016–2021 No.59-NQ/TW AARM-30 USD 286.3 5km 10am 24hrs',
    'U.S. U.N. e.g. i.e. qdnd.vn https://www.vietnamplus.vn/news-123.vnp user@example.com',
    'policymakers lockdown blockchain smartphone timeline roadmap copyleft hereof inline bailout'
  ])('leaves clean text untouched: %s', (clean) => {
    expect(splitGluedWords(clean)).toEqual({ text: clean, repairs: [] })
  })

  it('splits only camel case and numbers, not dictionary words, when told the text is not English', () => {
    expect(split('territorialsovereignty ofNational')).toBe('territorial sovereignty of National')
    expect(splitGluedWords('territorialsovereignty ofNational', { useDictionary: false }).text).toBe('territorialsovereignty of National')
  })

  it('leaves compounds the word list lacks whole when they part into words in two places, or after "an" or an object pronoun', () => {
    for (const word of ['screenshot', 'whitespace', 'backstory', 'annotation', 'usages']) expect(splitGluedWords(word).text).toBe(word)
    expect(splitGluedWords('territorialsovereignty').text).toBe('territorial sovereignty')
    expect(splitGluedWords('thereport').text).toBe('the report')
  })

  it('leaves whole the English words subtitles rarely say, which part into two common ones', () => {
    const clean =
      'The agency released a redacted report on the inactivated vaccine; critics faulted the usability of its cryptocurrency portal, ' +
      'withheld photosynthetic data, and noted that the rebels beheads, berates, abets and assails, that islets and subsidence shift, ' +
      'that notability is invariant, and that spokespeople defended waterboarding and surveilled neuroimaging labs.'
    expect(split(clean)).toBe(clean)
    expect(split('inactivatedvaccine redactedreport')).toBe('inactivated vaccine redacted report')
  })

  it('splits a name glued to its particle only where the document writes them apart', () => {
    expect(splitGluedWords('deJaneiro', { documentText: 'Rio de Janeiro hosted it. In Rio deJaneiro again.' }).text).toBe('de Janeiro')
    expect(splitGluedWords('deGrasse', { documentText: 'Neil deGrasse Tyson spoke.' }).text).toBe('deGrasse')
    const spaced = 'Charles de Gaulle and Teresa de Ávila in Rio de Janeiro.'
    for (const [token, split] of [
      ['said—deGaulle', 'said—de Gaulle'],
      ['deÁvila', 'de Ávila'],
      ['("deJaneiro)', '("de Janeiro)']
    ])
      expect(splitGluedWords(token!, { documentText: spaced }).text).toBe(split)
  })

  it('leaves camel case whole when told it is the author’s, and still splits lowercase glue', () => {
    expect(splitGluedWords('useState ofNational territorialsovereignty', { splitCamelCase: false }).text).toBe('useState ofNational territorial sovereignty')
  })

  it('leaves the names a document writes the same way more than once', () => {
    const documentText = 'VietnamPlus reported, citing SecurityCouncil members.\nAccording to VietnamPlus’s sources, the talks went on.'
    expect(splitGluedWords('VietnamPlus reported, citing SecurityCouncil members.', { documentText }).text).toBe(
      'VietnamPlus reported, citing Security Council members.'
    )
    expect(splitGluedWords('VietnamPlus reported.').text).toBe('Vietnam Plus reported.')
  })
})
