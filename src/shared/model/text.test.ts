import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { countWords } from './text'
import { mulberry32, pick } from '../test-support/random'

// The definition countWords implements by hand, kept here as the oracle.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu
const byRegex = (text: string): number => text.match(WORD)?.length ?? 0

describe('countWords', () => {
  it('counts runs of letters and digits joined by apostrophes and hyphens', () => {
    expect(countWords("Don't stop the COVID-19 pandemic’s spread — 100 countries, Phạm Minh Chính.")).toBe(11)
    expect(countWords('a--b -c d- ’e')).toBe(5)
    expect(countWords('')).toBe(0)
  })

  it('agrees with the regular expression on articles and on random mixtures of scripts and marks', () => {
    const fixtures = resolve(__dirname, '../../../e2e/fixtures')
    for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(resolve(fixtures, name), 'utf8')
      expect(countWords(text)).toBe(byRegex(text))
    }
    const random = mulberry32(8)
    const pieces = ['word', 'Đà', '𝐀𝐁', '19', "'", '’', '-', ' ', '—', '🍌', 'ꦰ', '\u0301', '\n', 'x']
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => pick(random, pieces)).join('')
      expect(countWords(text), JSON.stringify(text)).toBe(byRegex(text))
    }
  })
})
