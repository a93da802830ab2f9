// Ranks places where a quote might now be, using the quote's match quality, how well
// the stored prefix and suffix fit around it, and nearness to where it used to be
// (weights after Hypothesis' match-quote), and decides whether the best is trustworthy.
import type { TextAnchor } from '../model/annotation'
import type { QuoteCandidate } from './find-quote'
import { endAlignedSimilarity, startAlignedSimilarity } from './text-similarity'

/** A candidate place with the evidence for it. */
export interface ScoredCandidate extends QuoteCandidate {
  quoteSimilarity: number
  contextSimilarity: number
  score: number
}

const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT
const CONTEXT_SLACK = 8

/** Scores one candidate place for `target` in `text`; `expectedStart` is where it was last seen. */
export function scoreCandidate(text: string, target: TextAnchor, candidate: QuoteCandidate, expectedStart: number): ScoredCandidate {
  const quoteSimilarity = 1 - candidate.errors / Math.max(1, target.quote.length)
  const prefixSimilarity =
    target.prefix.length === 0
      ? Number(candidate.start === 0)
      : endAlignedSimilarity(target.prefix, text.slice(Math.max(0, candidate.start - target.prefix.length - CONTEXT_SLACK), candidate.start))
  const suffixSimilarity =
    target.suffix.length === 0
      ? Number(candidate.end === text.length)
      : startAlignedSimilarity(target.suffix, text.slice(candidate.end, candidate.end + target.suffix.length + CONTEXT_SLACK))
  const positionSimilarity = 1 - Math.min(1, Math.abs(candidate.start - expectedStart) / Math.max(1, text.length))
  const score =
    (QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT * prefixSimilarity + SUFFIX_WEIGHT * suffixSimilarity + POSITION_WEIGHT * positionSimilarity) / TOTAL_WEIGHT
  return { ...candidate, quoteSimilarity, contextSimilarity: (prefixSimilarity + suffixSimilarity) / 2, score }
}

/** Quotes at least this long are distinctive enough to trust without their context. */
const DISTINCTIVE_QUOTE_LENGTH = 24

/**
 * Picks the best candidate if the evidence is strong enough; a short quote found
 * without its context is as likely to be another occurrence, and a wrong place is
 * worse than an orphan.
 */
export function pickTrustworthy(candidates: readonly ScoredCandidate[], quoteLength: number, requireContext = false): ScoredCandidate | null {
  let best: ScoredCandidate | null = null
  for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate
  if (!best) return null
  const distinctive = quoteLength >= DISTINCTIVE_QUOTE_LENGTH
  // A short quote is mostly context: "the" with half its context is probably another "the".
  if (best.contextSimilarity >= (distinctive ? 0.5 : 0.75)) return best
  if (requireContext || !distinctive || best.quoteSimilarity < 0.9) return null
  const chosen = best
  const rival = candidates.some((other) => (other.end <= chosen.start || other.start >= chosen.end) && other.quoteSimilarity >= chosen.quoteSimilarity - 0.05)
  return rival ? null : chosen
}
