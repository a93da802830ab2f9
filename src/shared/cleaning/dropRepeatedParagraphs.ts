// A paragraph printed twice (the lead repeated after a photo, a sentence pasted again
// behind "In addition,") is kept once: the first copy stays, later copies are recorded.
import type { Removal } from '../model/document'
import { pairContainment, paragraphShape, type ParagraphShape } from './paragraphSimilarity'

/** The paragraphs without repeats, and the repeats that were dropped. */
export interface RepeatRemoval {
  paragraphs: string[]
  removed: Removal[]
}

// A repeat, once cleaned and with its dateline and opening connective set aside, has every word
// pair of the shorter copy and is about as long. Parallel sentences ("Northern provinces will see
// heavy rain …" then "Central provinces will see …") differ by a word: even one is a difference.
const REPEAT_CONTAINMENT = 1
const REPEAT_LENGTH_RATIO = 0.8
const MIN_WORDS = 4

/** Drops paragraphs that repeat an earlier one exactly or nearly, recording them as 'repeated-paragraph'. */
export function dropRepeatedParagraphs(paragraphs: readonly string[]): RepeatRemoval {
  const kept: string[] = []
  const keptShapes: ParagraphShape[] = []
  const removed: Removal[] = []
  for (const paragraph of paragraphs) {
    const shape = paragraphShape(paragraph)
    const isRepeat =
      shape.words >= MIN_WORDS &&
      keptShapes.some(
        (earlier) =>
          Math.min(earlier.words, shape.words) / Math.max(earlier.words, shape.words) >= REPEAT_LENGTH_RATIO &&
          pairContainment(earlier.pairs, shape.pairs) >= REPEAT_CONTAINMENT
      )
    if (isRepeat) {
      removed.push({ kind: 'repeated-paragraph', text: paragraph })
      continue
    }
    kept.push(paragraph)
    keptShapes.push(shape)
  }
  return { paragraphs: kept, removed }
}
