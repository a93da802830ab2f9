// Scraped pages repeat paragraphs, sometimes reworded at the edges ("In addition, …")
// or with a dateline added. Comparing word pairs finds such near-repeats cheaply.
import { readDateline } from './datelines'

const NON_WORD = /[^\p{L}\p{N}]+/u
const LEADING_CONNECTIVE = /^(?:in addition|additionally|moreover|furthermore|besides|also|meanwhile|however|notably|in particular|particularly)\s*,?\s*/i

/** The paragraph's words as compared for repetition: dateline and opening connective dropped, lowercased. */
export function comparableWords(paragraph: string): string[] {
  const dateline = readDateline(paragraph)
  const body = dateline === null ? paragraph : paragraph.slice(dateline.prefix.length)
  return body
    .replace(LEADING_CONNECTIVE, '')
    .toLowerCase()
    .split(NON_WORD)
    .filter((word) => word !== '')
}

/** Numbers words for one comparison run, so word pairs can be kept as numbers rather than joined strings. */
export type Vocabulary = Map<string, number>

const PAIR_BASE = 2 ** 24

/** The set of adjacent word pairs, the unit near-repeats are measured in. */
export function wordPairs(words: readonly string[], vocabulary: Vocabulary): Set<number> {
  const idOf = (word: string): number => {
    let id = vocabulary.get(word)
    if (id === undefined) {
      id = vocabulary.size
      vocabulary.set(word, id)
    }
    return id
  }
  const pairs = new Set<number>()
  let previous = words.length > 0 ? idOf(words[0] ?? '') : 0
  for (let index = 1; index < words.length; index++) {
    const current = idOf(words[index] ?? '')
    pairs.add(previous * PAIR_BASE + current)
    previous = current
  }
  return pairs
}

/** The share of the smaller pair set that also occurs in the other (1 = one contains the other). */
export function pairContainment(first: ReadonlySet<number>, second: ReadonlySet<number>): number {
  const [smaller, larger] = first.size <= second.size ? [first, second] : [second, first]
  if (smaller.size === 0) return 0
  let shared = 0
  for (const pair of smaller) if (larger.has(pair)) shared++
  return shared / smaller.size
}
