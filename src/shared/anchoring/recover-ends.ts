// A diff is one of several equally short edit scripts; around repeated phrases it
// may call a highlight's first or last words deleted when the same words still sit
// right beside what survived. This finds them there again.
import search from 'approx-string-match'
import type { TextAnchor } from '../model/annotation'
import { maxErrorsFor } from './find-quote'
import type { MappedRange } from './offset-map'

/** The mapped range widened over the quote's lost head and tail where they are found next to it. */
export interface RecoveredRange {
  start: number
  end: number
  /** Quote characters accounted for beyond those the diff kept. */
  recovered: number
}

// Only a short gap (a removed junk character, a space) may separate a recovered end from the kept part.
const MAX_GAP = 2
// A lost end shorter than this is searched for not at all (one letter is found anywhere),
// but may have been replaced: a dash normalised, a quote mark curled.
const MIN_SEARCHED = 4

/** Widens `mapped` over the quote's lost ends where they sit next to it, or over text that replaced them. */
export function recoverEnds(text: string, mapped: MappedRange, target: TextAnchor): RecoveredRange {
  let { start, end } = mapped
  let recovered = 0

  const lostHead = target.quote.slice(0, mapped.keptFrom - target.start)
  if (lostHead.length > 0) {
    const found = lostHead.length >= MIN_SEARCHED ? findAdjacent(text, lostHead, mapped.start, 'before') : null
    if (found) {
      start = found.start
      recovered += lostHead.length - found.errors
    } else if (lostHead.length < MIN_SEARCHED) {
      // The replacement of a replaced character belongs to the highlight.
      start = Math.max(mapped.before, mapped.start - lostHead.length)
      while (start < mapped.start && /\s/.test(text[start]!)) start++
    }
  }

  const lostTail = target.quote.slice(mapped.keptTo - target.start)
  if (lostTail.length > 0) {
    const found = lostTail.length >= MIN_SEARCHED ? findAdjacent(text, lostTail, mapped.end, 'after') : null
    if (found) {
      end = found.end
      recovered += lostTail.length - found.errors
    } else if (lostTail.length < MIN_SEARCHED) {
      end = Math.min(mapped.after, mapped.end + lostTail.length)
      while (end > mapped.end && /\s/.test(text[end - 1]!)) end--
    }
  }
  return { start, end, recovered }
}

function findAdjacent(text: string, part: string, edge: number, side: 'before' | 'after'): { start: number; end: number; errors: number } | null {
  const maxErrors = maxErrorsFor(part.length)
  if (part.trim().length === 0 || part.length > 4096) return null
  const reach = part.length + maxErrors + MAX_GAP
  const from = side === 'before' ? Math.max(0, edge - reach) : edge
  const to = side === 'before' ? edge : Math.min(text.length, edge + reach)
  let best: { start: number; end: number; errors: number } | null = null
  for (const match of search(text.slice(from, to), part, maxErrors)) {
    const start = match.start + from
    const end = match.end + from
    const gap = side === 'before' ? edge - end : start - edge
    if (gap < 0 || gap > MAX_GAP) continue
    if (!best || match.errors < best.errors) best = { start, end, errors: match.errors }
  }
  return best
}
