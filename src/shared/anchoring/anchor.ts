// Finds a stored highlight in an article's current text: at its old offsets if the
// quote is still there, else wherever the quote (exactly or approximately) and its
// context fit best; an orphan when nothing fits well enough.
import type { TextAnchor } from '../model/annotation'
import { findApproximate, findExactOccurrences, maxErrorsFor, type QuoteCandidate } from './find-quote'
import { pickTrustworthy, scoreCandidate } from './score-candidate'
import { ORPHAN, type AnchorResult } from './types'
import { snapToWords } from './word-boundaries'

/** Options for `anchor`. */
export interface AnchorOptions {
  /**
   * Accept a place only if the stored context fits there too; for when something
   * (a diff) already says the passage was removed, so a lookalike elsewhere is suspect.
   */
  requireContext?: boolean
}

// An exact occurrence whose context fits this well cannot be beaten by a fuzzy one.
const CONFIDENT_CONTEXT = 0.9

/** Places `target` in `text`, or reports it as an orphan. */
export function anchor(text: string, target: TextAnchor, options: AnchorOptions = {}): AnchorResult {
  const { quote } = target
  if (quote.length === 0 || text.length === 0) return ORPHAN
  if (text.slice(target.start, target.end) === quote) {
    return { status: 'exact', start: target.start, end: target.end, score: 1 }
  }
  const expectedStart = target.start
  const requireContext = options.requireContext ?? false
  const score = (candidate: QuoteCandidate) => scoreCandidate(text, target, candidate, expectedStart)

  const exact = findExactOccurrences(text, quote).map(score)
  const bestExact = pickTrustworthy(exact, quote.length, requireContext)
  if (bestExact && bestExact.contextSimilarity >= CONFIDENT_CONTEXT) return toResult(text, target, bestExact)

  const maxErrors = maxErrorsFor(quote.length)
  const reach = 2 * quote.length + 256
  const nearby = findApproximate(text, quote, maxErrors, expectedStart - reach, expectedStart + quote.length + reach)
  const anywhere = text.length > 2 * reach + quote.length ? findApproximate(text, quote, maxErrors) : []
  const chosen = pickTrustworthy([...exact, ...nearby.map(score), ...anywhere.map(score)], quote.length, requireContext)
  return chosen ? toResult(text, target, chosen) : ORPHAN
}

function toResult(text: string, target: TextAnchor, found: QuoteCandidate & { score: number }): AnchorResult {
  const { start, end } = found.errors === 0 ? found : snapToWords(text, found, target.quote, target.prefix, target.suffix)
  const status = text.slice(start, end) === target.quote ? 'exact' : 'fuzzy'
  return { status, start, end, score: found.score }
}
