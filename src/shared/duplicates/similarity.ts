// Turns two MinHash signatures into the similarities duplicate detection decides on.
import { SIGNATURE_HASHES, shingleCount } from './minhash'

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (shingleCount(a) === 0 || shingleCount(b) === 0) return 0
  let equal = 0
  for (let i = 0; i < SIGNATURE_HASHES; i++) if (a[i] === b[i]) equal++
  return equal / SIGNATURE_HASHES
}

/** Estimated share of the smaller text's shingles that also occur in the larger one. */
export function estimateContainment(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const jaccard = estimateJaccard(a, b)
  const smaller = Math.min(shingleCount(a), shingleCount(b))
  if (smaller === 0) return 0
  // |A ∩ B| = J (|A| + |B|) / (1 + J)
  const shared = (jaccard * (shingleCount(a) + shingleCount(b))) / (1 + jaccard)
  return Math.min(1, shared / smaller)
}

/**
 * A scrape with extra teaser paragraphs still contains the whole article, so
 * containment counts too, but only between texts of comparable size: a short
 * piece inside a long one is a quotation, not a copy.
 */
export const MIN_SIZE_RATIO_FOR_CONTAINMENT = 0.5

/** How much two texts look like copies of one article (0..1): Jaccard, or containment of the smaller when sizes are comparable. */
export function estimateSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const jaccard = estimateJaccard(a, b)
  const sizes = [shingleCount(a), shingleCount(b)].sort((x, y) => x - y)
  if (sizes[0]! < sizes[1]! * MIN_SIZE_RATIO_FOR_CONTAINMENT) return jaccard
  return Math.max(jaccard, estimateContainment(a, b))
}
