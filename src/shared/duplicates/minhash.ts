// MinHash signatures of an article's character shingles, to find near-duplicates
// without keeping or comparing full texts. Written by hand: there is no small,
// well-kept MinHash package, and the usual k-hash scheme costs 128 hashes per
// shingle; one-permutation hashing needs one.
import { normalizedCodes } from './normalize'

/** Number of MinHash values in a signature. */
export const SIGNATURE_HASHES = 128
/** Signature layout: SIGNATURE_HASHES minimums, then the number of distinct shingles. */
export const SIGNATURE_LENGTH = SIGNATURE_HASHES + 1

/**
 * Shingles are runs of this many letters, spaces removed: glued or split words
 * ("territorialsovereignty") then change nothing, unlike word shingles, while
 * 12 letters (about two words) are still specific enough that articles on the
 * same topic share few of them.
 */
export const SHINGLE_LETTERS = 12

const BUCKET_SHIFT = 32 - Math.log2(SIGNATURE_HASHES)
const EMPTY = 0xffffffff

/** Computes the MinHash signature of `text` (one-permutation hashing with densification). */
export function signature(text: string): Uint32Array {
  const letters = normalizedCodes(text)
  const result = new Uint32Array(SIGNATURE_LENGTH).fill(EMPTY)
  const count = letters.length - SHINGLE_LETTERS + 1
  seen.reset(Math.max(0, count))
  // Polynomial rolling hash modulo 2^32 (Math.imul), so each shingle costs O(1).
  let power = 1
  for (let i = 0; i < SHINGLE_LETTERS - 1; i++) power = Math.imul(power, ROLL_BASE)
  let rolling = 0
  for (let i = 0; i < letters.length; i++) {
    if (i >= SHINGLE_LETTERS) rolling = (rolling - Math.imul(letters[i - SHINGLE_LETTERS]!, power)) | 0
    rolling = (Math.imul(rolling, ROLL_BASE) + letters[i]!) | 0
    if (i < SHINGLE_LETTERS - 1) continue
    const hash = mix(rolling)
    seen.add(hash)
    const bucket = hash >>> BUCKET_SHIFT
    const value = mix(hash ^ 0x5bd1e995)
    if (value < result[bucket]!) result[bucket] = value
  }
  if (count <= 0) {
    result.fill(EMPTY, 0, SIGNATURE_HASHES)
    result[SIGNATURE_HASHES] = 0
    return result
  }
  densify(result)
  result[SIGNATURE_HASHES] = seen.distinct
  return result
}

const ROLL_BASE = 0x01000193

// Short texts leave buckets empty; each borrows the next filled bucket's value,
// offset by the distance so borrowed values stay distinct (rotation densification).
function densify(values: Uint32Array): void {
  const filled = values.slice(0, SIGNATURE_HASHES).map((value) => (value === EMPTY ? 0 : 1))
  for (let i = 0; i < SIGNATURE_HASHES; i++) {
    if (filled[i]) continue
    for (let step = 1; step < SIGNATURE_HASHES; step++) {
      const donor = (i + step) % SIGNATURE_HASHES
      if (!filled[donor]) continue
      values[i] = mix((values[donor]! + Math.imul(step, 0x9e3779b9)) | 0)
      break
    }
  }
}

/** Murmur3's finaliser: spreads a 32-bit value's bits. */
export function mix(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Number of distinct shingles the signed text had. */
export function shingleCount(signatureValues: ArrayLike<number>): number {
  return signatureValues[SIGNATURE_HASHES] ?? 0
}

// Counts distinct 32-bit hashes with open addressing; several times faster than a Set. One table
// serves every signature: a slot belongs to the current text when its stamp is the current
// generation, so the table is neither allocated nor cleared per article.
class HashCounter {
  private slots = new Uint32Array(0)
  private stamps = new Uint32Array(0)
  private mask = 0
  private generation = 0
  distinct = 0

  /** Forgets every hash counted so far and makes room for about `expected` distinct ones. */
  reset(expected: number): void {
    let size = 16
    while (size < expected * 2) size *= 2
    // Grown for a book, the table shrinks back for articles: no lasting 100 MB, no slow sparse scans.
    if (size > this.slots.length || (this.slots.length > MAX_KEPT_SLOTS && size * 4 < this.slots.length)) {
      this.slots = new Uint32Array(size)
      this.stamps = new Uint32Array(size)
      this.generation = 0
    }
    this.mask = this.slots.length - 1
    this.generation++
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0)
      this.generation = 1
    }
    this.distinct = 0
  }

  add(hash: number): void {
    let slot = hash & this.mask
    while (this.stamps[slot] === this.generation) {
      if (this.slots[slot] === hash) return
      slot = (slot + 1) & this.mask
    }
    this.stamps[slot] = this.generation
    this.slots[slot] = hash
    this.distinct++
  }
}

// About 8 MB: larger tables (a book's) are not kept for the articles after it.
const MAX_KEPT_SLOTS = 1 << 20
const seen = new HashCounter()
