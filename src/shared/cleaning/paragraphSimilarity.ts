// Scraped pages repeat paragraphs, sometimes reworded at the edges ("In addition, …")
// or with a dateline added. Comparing word pairs finds such near-repeats cheaply.
import { readDateline } from './datelines'
import { letterAndDigitRuns } from '../model/letters'

const LEADING_CONNECTIVE = /^(?:in addition|additionally|moreover|furthermore|besides|also|meanwhile|however|notably|in particular|particularly)\s*,?\s*/i

// Repeats and summaries compare the same paragraphs; the last article's words are kept for reuse.
const MAX_CACHED_PARAGRAPHS = 500
const wordsOfParagraph = new Map<string, readonly string[]>()

/** The paragraph's words as compared for repetition: dateline and opening connective dropped, lowercased. */
export function comparableWords(paragraph: string): readonly string[] {
  const cached = wordsOfParagraph.get(paragraph)
  if (cached) return cached
  const dateline = readDateline(paragraph)
  const body = dateline === null ? paragraph : paragraph.slice(dateline.prefix.length)
  const words = letterAndDigitRuns(body.replace(LEADING_CONNECTIVE, '').toLowerCase())
  if (wordsOfParagraph.size >= MAX_CACHED_PARAGRAPHS) wordsOfParagraph.clear()
  wordsOfParagraph.set(paragraph, words)
  return words
}

/** Numbers words for one comparison run, so word pairs can be kept as numbers rather than joined strings. */
export type Vocabulary = Map<string, number>

const PAIR_BASE = 2 ** 24

/** A paragraph's distinct adjacent word pairs, as sorted numbers: compact, and compared by one merge pass. */
export type WordPairs = Float64Array

/** The set of adjacent word pairs, the unit near-repeats are measured in. */
export function wordPairs(words: readonly string[], vocabulary: Vocabulary): WordPairs {
  const idOf = (word: string): number => {
    let id = vocabulary.get(word)
    if (id === undefined) {
      id = vocabulary.size
      vocabulary.set(word, id)
    }
    return id
  }
  const pairs = new Float64Array(Math.max(0, words.length - 1))
  let previous = words.length > 0 ? idOf(words[0] ?? '') : 0
  for (let index = 1; index < words.length; index++) {
    const current = idOf(words[index] ?? '')
    pairs[index - 1] = previous * PAIR_BASE + current
    previous = current
  }
  pairs.sort()
  let distinct = 0
  for (let index = 0; index < pairs.length; index++) {
    if (index === 0 || pairs[index] !== pairs[distinct - 1]) pairs[distinct++] = pairs[index]!
  }
  return pairs.subarray(0, distinct)
}

/** The share of the smaller pair set that also occurs in the other (1 = one contains the other). */
export function pairContainment(first: WordPairs, second: WordPairs): number {
  const smallerSize = Math.min(first.length, second.length)
  if (smallerSize === 0) return 0
  let shared = 0
  let i = 0
  let j = 0
  while (i < first.length && j < second.length) {
    const a = first[i]!
    const b = second[j]!
    if (a === b) {
      shared++
      i++
      j++
    } else if (a < b) i++
    else j++
  }
  return shared / smallerSize
}
