import { describe, expect, it } from 'vitest'
import { isDictionaryWord, looksDerived, wordCount } from './knownWords'
import { segmentGluedWord } from './segmentGluedWord'

describe('knownWords', () => {
  it('counts words whatever their case', () => {
    expect(wordCount('Ministry')).toBe(wordCount('ministry'))
    expect(wordCount('territorialsovereignty')).toBe(0)
  })

  it('recognises unlisted derivations of listed words', () => {
    for (const word of ['multilateralisation', 'modernisation', 'concertedly', 'peacekeepers', 'rehabilitative']) expect(looksDerived(word)).toBe(true)
    expect(looksDerived('territorialsovereignty')).toBe(false)
  })
})

describe('segmentGluedWord', () => {
  it('splits two glued words and refuses compounds and derivations', () => {
    expect(segmentGluedWord('cooperationagreements')).toEqual(['cooperation', 'agreements'])
    expect(segmentGluedWord('haveled')).toEqual(['have', 'led'])
    for (const word of ['policymakers', 'lockdown', 'copyleft', 'multilateralisation', 'peacekeeping']) expect(segmentGluedWord(word)).toBeNull()
  })
})

describe('isDictionaryWord', () => {
  it('finds words of the English list, first, last and between, and nothing else', () => {
    for (const word of ['a', 'redacted', 'inactivated', 'zzzs']) expect(isDictionaryWord(word)).toBe(true)
    for (const word of ['', 'territorialsovereignty', 'Redacted', 'zzzzzz']) expect(isDictionaryWord(word)).toBe(false)
  })
})
