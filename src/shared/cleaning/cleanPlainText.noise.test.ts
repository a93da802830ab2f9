// Property-style checks: noise injected into clean articles is repaired, and clean text
// passes through the cleaner unchanged, token for token.
import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import type { CleanedText } from './cleanedText'
import { cleanPlainText } from './cleanPlainText'
import type { NoiseKind } from './test-support/injectNoise'
import { injectNoise } from './test-support/injectNoise'
import { mulberry32 } from '../test-support/random'
import { readCorpusArticle } from './test-support/corpusArticles'

const NOISE_KINDS: NoiseKind[] = ['junk-in-word', 'junk-between-words', 'glued-words', 'glued-sentence']
const TRIALS_PER_ARTICLE = 300

// The cleaned article written back out as plain text: its title line (when it had one), then one block per line.
function serialise(cleaned: CleanedText): string {
  const hadTitleLine = cleaned.removed.some((removal) => removal.kind === 'title')
  return [...(hadTitleLine ? [cleaned.title] : []), ...cleaned.blocks.map((block) => block.text)].join('\n\n')
}

const tokens = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => block.text.split(' '))

// The first differing tokens, as "got → expected", or null when the token lists are equal.
function firstDifference(actual: readonly string[], expected: readonly string[]): string | null {
  const length = Math.max(actual.length, expected.length)
  for (let index = 0; index < length; index++) {
    if (actual[index] !== expected[index]) return `${actual.slice(index, index + 2).join(' ')} → ${expected.slice(index, index + 2).join(' ')}`
  }
  return null
}

function cleanCorpusArticle(prefix: string) {
  const { fileName, text } = readCorpusArticle(prefix)
  const cleaned = cleanPlainText(text, { fileName })
  return { cleaned, serialised: serialise(cleaned), titleLines: cleaned.removed.some((removal) => removal.kind === 'title') ? 1 : 0 }
}

describe('clean text passes through unchanged', () => {
  it.each(['000', '001', '003', '004'])('re-cleaning the cleaned %s changes no token and repairs nothing', (prefix) => {
    const { cleaned, serialised } = cleanCorpusArticle(prefix)
    const again = cleanPlainText(serialised)
    expect(again.title).toBe(cleaned.title)
    expect(tokens(again.blocks)).toEqual(tokens(cleaned.blocks))
    expect(again.repairs).toEqual([])
  })

  it('keeps hand-written clean paragraphs with names, abbreviations and numbers exactly', () => {
    const paragraphs = [
      'Prime Minister Phạm Minh Chính met UN Secretary-General António Guterres and Belarusian Foreign Minister Maxim Ryzhenkov in Rio de Janeiro.',
      'The U.S. and the U.N. support peacekeeping; e.g. the iPhone maker and YouTube pledged USD 286.3 million in 2016–2021.',
      'Lao Minister Thongsavanh Phomvihane praised the multilateralisation of relations, semiconductors and the COVID-19 response of G20 members.',
      'Resolution No.59-NQ/TW, dated January 24, 2025, is on qdnd.vn; the 4th meeting in the 1990s style drew 100 countries and the AARM-30 teams.'
    ]
    const result = cleanPlainText(['A clean test article', ...paragraphs].join('\n\n'))
    expect(result.blocks.map((block) => block.text)).toEqual(paragraphs)
    expect(result.repairs).toEqual([])
    expect(result.removed).toEqual([{ kind: 'title', text: 'A clean test article' }])
  })
})

describe('clean sentences are not taken for metadata', () => {
  it('keeps sentences that open like bylines, and a title below an empty author field', () => {
    const text = [
      'ID :\n673760\nFri, 12/22/2023 - 08:19\nAuther :',
      'Vietnam Hosts Defence Expo',
      'Authorities said the road would reopen on Friday.',
      'By then it was too late.'
    ].join('\n\n')
    const result = cleanPlainText(text)
    expect(result).toMatchObject({ title: 'Vietnam Hosts Defence Expo', byline: null, publishedAt: '2023-12-22T08:19' })
    expect(result.blocks.map((block) => block.text)).toEqual(['Authorities said the road would reopen on Friday.', 'By then it was too late.'])
  })
})

describe('injected noise is repaired', () => {
  it.each(['003', '004'])('restores the clean text of %s after one injected noise per trial', (prefix) => {
    const { cleaned, serialised, titleLines } = cleanCorpusArticle(prefix)
    const random = mulberry32(Number(prefix) * 7919 + 17)
    const bodyLines = serialised.split('\n\n')
    const paragraphIndexes = cleaned.blocks.flatMap((block, index) => (block.kind === 'paragraph' ? [index + titleLines] : []))
    const failures: string[] = []
    const expectedTokens = tokens(cleaned.blocks)
    const baseline = cleanPlainText(serialised)
    const baselineChanges = baseline.repairs.length + baseline.removed.length
    let trials = 0
    while (trials < TRIALS_PER_ARTICLE) {
      const lineIndex = paragraphIndexes[Math.floor(random() * paragraphIndexes.length)] ?? titleLines
      const kind = NOISE_KINDS[Math.floor(random() * NOISE_KINDS.length)] ?? 'glued-words'
      const noisy = injectNoise(bodyLines[lineIndex] ?? '', kind, random)
      if (noisy === null) continue
      trials++
      const lines = [...bodyLines]
      lines[lineIndex] = noisy
      const result = cleanPlainText(lines.join('\n\n'))
      const difference = firstDifference(tokens(result.blocks), expectedTokens)
      if (difference !== null) failures.push(`${kind}: ${difference}`)
      else if (result.repairs.length + result.removed.length <= baselineChanges) failures.push(`${kind}: repaired but not recorded`)
    }
    const repairRate = 1 - failures.length / trials
    console.info(`${prefix}: ${Math.round(repairRate * 1000) / 10}% of ${trials} injected noises repaired`, failures.slice(0, 20))
    expect(repairRate).toBeGreaterThanOrEqual(0.95)
  })
})
