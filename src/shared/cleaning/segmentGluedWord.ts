// Two words glued where a line break was dropped ("territorialsovereignty") are split
// back apart by word frequency, with a strong prior against splitting anything plausible.
import { isFunctionWordGlue, isPlausibleGlue } from './gluePlausibility'
import { isDictionaryWord, looksDerived, wordCount } from './knownWords'

const MIN_GLUED_LENGTH = 5

// Short parts must be very common words, so rare fragments like "ion" or "vi" never qualify;
// a long one may be any English word ("inactivated|vaccine"), counted as the rarest.
const MIN_UNCOUNTED_PART_LENGTH = 6

function partCount(part: string): number {
  const count = wordCount(part)
  return count === 0 && part.length >= MIN_UNCOUNTED_PART_LENGTH && isDictionaryWord(part) ? 1 : count
}

function isAcceptablePart(part: string): boolean {
  const count = partCount(part)
  if (part.length <= 1) return false
  if (part.length === 2) return count >= 10_000
  if (part.length === 3) return count >= 1_000
  if (part.length <= 5) return count >= 20
  return count >= 1
}

/** The two words a lowercase token was glued from, or null when it is (or may be) one word. */
export function segmentGluedWord(word: string): [string, string] | null {
  if (word.length < MIN_GLUED_LENGTH || wordCount(word) > 0) return null
  const inWordList = isDictionaryWord(word)
  let best: [string, string] | null = null
  let bestScore = -Infinity
  // Ways to part the token into two words: those the frequency list counts, and with them those
  // only the full word list knows (which only count when there are no others).
  let countedPairs = 0
  let wordPairs = 0
  for (let cut = 1; cut < word.length; cut++) {
    const left = word.slice(0, cut)
    const right = word.slice(cut)
    // "a" is the one single-letter word that commonly glues ("apeaceful"); it needs a real word after it.
    const leftOk = left === 'a' ? right.length >= 4 && wordCount(right) >= 100 : isAcceptablePart(left)
    const rightOk = right === 'a' ? wordCount(left) >= 100 : isAcceptablePart(right)
    if (leftOk && rightOk) {
      wordPairs++
      if (wordCount(left) > 0 && wordCount(right) > 0) countedPairs++
    }
    if (!leftOk || !rightOk || !isPlausibleGlue(left, right)) continue
    const score = Math.log(partCount(left)) + Math.log(partCount(right))
    if (score > bestScore) {
      bestScore = score
      best = [left, right]
    }
  }
  if (best === null) return null
  // A word of the full list stays whole ("redacted", not "red acted"), unless it is "a" glued to a
  // common word: the list holds archaic "agood" and "ahigh", which scrapes glue far more often.
  if (inWordList && !(best[0] === 'a' && wordCount(best[1]) >= A_GLUE_COUNT)) return null
  // An unlisted word built on a listed stem ("concertedly") is a word, unless it plainly starts with "have", "to", "the"….
  if (isFunctionWordGlue(best[0], best[1])) return best
  // A token that parts into words in two places is likely a compound the list lacks: "screenshot"
  // (screen|shot, screens|hot), "whitespace" (white|space, whites|pace), "backstory".
  return (countedPairs > 0 ? countedPairs : wordPairs) === 1 && !looksDerived(word) ? best : null
}

const A_GLUE_COUNT = 1_000
