// The cases duplicate detection must get right, on the seed articles: noisy
// re-scrapes of one article are duplicates; articles on the same topic, or one
// quoting another's opening paragraph, are not.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../test-support/random'
import { DuplicateIndex, DUPLICATE_THRESHOLD } from './duplicate-index'
import { signature } from './minhash'
import { estimateSimilarity } from './similarity'
import { noisyScrape, sentencesOf } from './test-support/noisy-scrape'

const fixturesDirectory = join(__dirname, '..', 'anchoring', 'fixtures')
const articles = readdirSync(fixturesDirectory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(fixturesDirectory, name), 'utf8'))

function rescrape(index: number, seed: number): string {
  const random = mulberry32(seed)
  const others = articles.filter((_, i) => i !== index).flatMap(sentencesOf)
  const teasers = Array.from({ length: 3 }, () => others[Math.floor(random() * others.length)]!)
  return noisyScrape(articles[index]!, { junkCharacters: 40, gluedWords: 25, teaserParagraphs: teasers, repeatHeader: true }, random)
}

describe('near-duplicates among the seed articles', () => {
  it('treats two noisy scrapes of the same article as duplicates', () => {
    articles.forEach((_, index) => {
      const first = signature(rescrape(index, 100 + index))
      const second = signature(rescrape(index, 200 + index))
      const similarity = estimateSimilarity(first, second)
      console.info(`[duplicates] two scrapes of article ${index}: ${similarity.toFixed(3)}`)
      expect(similarity).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD)
      expect(estimateSimilarity(signature(articles[index]!), first)).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD)
    })
  })

  it('does not treat different articles on the same topic as duplicates', () => {
    for (let a = 0; a < articles.length; a++) {
      for (let b = a + 1; b < articles.length; b++) {
        const similarity = estimateSimilarity(signature(articles[a]!), signature(articles[b]!))
        console.info(`[duplicates] articles ${a} and ${b}: ${similarity.toFixed(3)}`)
        expect(similarity).toBeLessThan(DUPLICATE_THRESHOLD)
      }
    }
  })

  it("does not treat an article that quotes another one's first paragraph as its duplicate", () => {
    const quoted = articles[0]!.split('\n').slice(0, 3).join('\n')
    const quoting = articles[1]!.replace('\n', `\n${quoted}\n`)
    const similarity = estimateSimilarity(signature(articles[0]!), signature(quoting))
    console.info(`[duplicates] article quoting another's opening: ${similarity.toFixed(3)}`)
    expect(similarity).toBeLessThan(DUPLICATE_THRESHOLD)
    expect(estimateSimilarity(signature(articles[1]!), signature(quoting))).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD)
  })

  it('finds the re-scrape among a library of 10,000 signatures', () => {
    const index = new DuplicateIndex()
    const random = mulberry32(7)
    const words = articles.join(' ').split(/\s+/)
    for (let i = 0; i < 10_000; i++) {
      // Synthetic library entries: the seed articles' vocabulary in random order, about 1,000 words each.
      const text = Array.from({ length: 1000 }, () => words[Math.floor(random() * words.length)]!).join(' ')
      index.add(`synthetic-${i}`, signature(text))
    }
    articles.forEach((article, i) => index.add(`article-${i}`, signature(article)))

    const queries = articles.map((_, i) => signature(rescrape(i, 300 + i)))
    const started = performance.now()
    const results = queries.map((query) => index.findDuplicates(query))
    const perLookup = (performance.now() - started) / queries.length
    console.info(`[duplicates] lookup among ${index.size} signatures: ${perLookup.toFixed(3)} ms`)
    results.forEach((matches, i) => expect(matches.map((match) => match.id)).toEqual([`article-${i}`]))

    const text = articles[0]!.slice(0, 6000)
    const signStarted = performance.now()
    for (let i = 0; i < 200; i++) signature(text)
    console.info(`[duplicates] signature of a 6 KB article: ${((performance.now() - signStarted) / 200).toFixed(3)} ms`)
  })
})
