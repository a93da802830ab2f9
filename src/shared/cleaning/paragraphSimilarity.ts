// Scraped pages repeat paragraphs, sometimes reworded at the edges ("In addition, …")
// or with a dateline added. Comparing word pairs finds such near-repeats cheaply.
import { readDateline } from './datelines'
import { letterOrDigitWidth } from '../model/letters'

const LEADING_CONNECTIVE = /^(?:in addition|additionally|moreover|furthermore|besides|also|meanwhile|however|notably|in particular|particularly)\s*,?\s*/i

/** A paragraph as compared: its number of words, and its distinct adjacent word pairs as sorted numbers (one merge pass compares two). */
export interface ParagraphShape {
  words: number
  pairs: Float64Array
}

// Repeats and summaries compare the same paragraphs; the last article's shapes are kept for reuse.
const MAX_CACHED_PARAGRAPHS = 500
const shapes = new Map<string, ParagraphShape>()

/** The paragraph's shape, its dateline and opening connective dropped and case ignored. */
export function paragraphShape(paragraph: string): ParagraphShape {
  const cached = shapes.get(paragraph)
  if (cached) return cached
  const dateline = readDateline(paragraph)
  const body = dateline === null ? paragraph : paragraph.slice(dateline.prefix.length)
  const words = wordNumbers(body.replace(LEADING_CONNECTIVE, '').toLowerCase())
  const shape = { words: words.length, pairs: distinctPairs(words) }
  if (shapes.size >= MAX_CACHED_PARAGRAPHS) shapes.clear()
  shapes.set(paragraph, shape)
  return shape
}

// Words are numbered by a 26-bit hash of their letters (FNV-1a) as they are scanned, rather than
// cut out and looked up in a vocabulary, which was most of the cost of cleaning an article. Two
// words sharing a number only make two paragraphs look slightly more alike; among an article's
// thousand distinct words that happens about once in a hundred articles.
const WORD_BITS = 26
const PAIR_BASE = 2 ** WORD_BITS

/** The hashed number of each run of letters and digits in `text`, in order. */
function wordNumbers(text: string): number[] {
  const numbers: number[] = []
  let hash = 0
  let inWord = false
  for (let index = 0; index < text.length;) {
    const width = letterOrDigitWidth(text, index)
    if (width === 0) {
      if (inWord) numbers.push(hash >>> (32 - WORD_BITS))
      inWord = false
      index++
      continue
    }
    if (!inWord) hash = 0x811c9dc5
    inWord = true
    for (let end = index + width; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  if (inWord) numbers.push(hash >>> (32 - WORD_BITS))
  return numbers
}

function distinctPairs(words: readonly number[]): Float64Array {
  const pairs = new Float64Array(Math.max(0, words.length - 1))
  for (let index = 1; index < words.length; index++) pairs[index - 1] = words[index - 1]! * PAIR_BASE + words[index]!
  pairs.sort()
  let distinct = 0
  for (let index = 0; index < pairs.length; index++) {
    if (index === 0 || pairs[index] !== pairs[distinct - 1]) pairs[distinct++] = pairs[index]!
  }
  return pairs.subarray(0, distinct)
}

/** The share of the smaller pair set that also occurs in the other (1 = one contains the other). */
export function pairContainment(first: Float64Array, second: Float64Array): number {
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
