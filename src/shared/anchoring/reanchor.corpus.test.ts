// The end-to-end check that matters: highlights on real articles survive the edits
// re-cleaning makes, land on the same words, and are never silently misplaced.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeRange } from './describe-range'
import { reanchorAll } from './reanchor'
import { mulberry32 } from '../test-support/random'
import { applyRecleaningEdits, type EditCounts } from './test-support/recleaning-edits'
import { originalToCurrent, track } from './test-support/tracked-text'
import { randomWordRanges, wordIndexes, wordSpan } from './test-support/words'

const fixturesDirectory = join(__dirname, 'fixtures')
const articles = readdirSync(fixturesDirectory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(fixturesDirectory, name), 'utf8'))

const EDITS: EditCounts = {
  splitWords: 12,
  deleteCharacters: 12,
  removeParagraphs: 2,
  insertSentences: 4,
  insertParagraphs: 2,
  changePunctuation: 10
}
const HIGHLIGHTS_PER_ARTICLE = 150
const SEEDS = [1, 2, 3, 4, 5]

interface Tally {
  intact: number
  intactSameWords: number
  intactWrong: number
  partlyDeleted: number
  partlyDeletedWrong: number
  deleted: number
  deletedWrong: number
  results: number
  highlights: number
}

function runCorpus(): Tally {
  const tally: Tally = {
    intact: 0,
    intactSameWords: 0,
    intactWrong: 0,
    partlyDeleted: 0,
    partlyDeletedWrong: 0,
    deleted: 0,
    deletedWrong: 0,
    results: 0,
    highlights: 0
  }
  for (const seed of SEEDS) {
    articles.forEach((oldText, articleIndex) => {
      const random = mulberry32(seed * 7919 + articleIndex)
      const anchors = randomWordRanges(oldText, HIGHLIGHTS_PER_ARTICLE, 30, random).map((range) => describeRange(oldText, range.start, range.end))
      const tracked = track(oldText)
      applyRecleaningEdits(tracked, EDITS, random)
      const newText = tracked.text
      const truePosition = originalToCurrent(tracked, oldText.length)
      const newWords = wordIndexes(newText)

      const results = reanchorAll(oldText, newText, anchors)
      tally.highlights += anchors.length
      tally.results += results.length

      anchors.forEach((target, i) => {
        const result = results[i]!
        const survivors: number[] = []
        for (let at = target.start; at < target.end; at++) if (truePosition[at]! >= 0) survivors.push(truePosition[at]!)
        const placed = result.status === 'orphan' ? null : wordSpan(newWords, result.start, result.end)
        const oldWords = [...target.quote.matchAll(/\S+/g)]
        const lostWord = oldWords.some((word) => {
          for (let at = 0; at < word[0].length; at++) if (truePosition[target.start + word.index + at]! >= 0) return false
          return true
        })
        const truth = survivors.length > 0 ? wordSpan(newWords, survivors[0]!, survivors[survivors.length - 1]! + 1) : null

        if (!truth) {
          tally.deleted++
          if (placed) tally.deletedWrong++
        } else if (lostWord) {
          tally.partlyDeleted++
          if (placed && (placed[0] < truth[0] || placed[1] > truth[1])) tally.partlyDeletedWrong++
        } else {
          tally.intact++
          if (placed && placed[0] === truth[0] && placed[1] === truth[1]) tally.intactSameWords++
          else if (placed) tally.intactWrong++
        }
      })
    })
  }
  return tally
}

describe('reanchorAll on the seed articles after re-cleaning edits', () => {
  const tally = runCorpus()
  const wrong = tally.intactWrong + tally.partlyDeletedWrong + tally.deletedWrong
  console.info(
    `[reanchor corpus] highlights ${tally.highlights}; intact ${tally.intact}, same words ${tally.intactSameWords} ` +
      `(${((100 * tally.intactSameWords) / tally.intact).toFixed(2)}%), wrong ${tally.intactWrong}; ` +
      `partly deleted ${tally.partlyDeleted}, wrong ${tally.partlyDeletedWrong}; ` +
      `deleted ${tally.deleted}, wrong ${tally.deletedWrong}; ` +
      `wrong placements overall ${((100 * wrong) / tally.highlights).toFixed(2)}%`
  )

  it('returns a result for every highlight', () => {
    expect(tally.results).toBe(tally.highlights)
  })

  it('puts at least 99% of highlights whose words survive back on the same words', () => {
    expect(tally.intact).toBeGreaterThan(1000)
    expect(tally.intactSameWords / tally.intact).toBeGreaterThanOrEqual(0.99)
  })

  it('misplaces at most 0.5% of all highlights, deleted ones included', () => {
    expect(tally.deleted).toBeGreaterThan(0)
    expect(wrong / tally.highlights).toBeLessThanOrEqual(0.005)
  })
})
