// Conjunctive matching over sorted posting lists: the documents that match every group of terms
// (a group is one word, or the words a prefix expands to), with their summed BM25 scores.
// Candidates start as the rarest group's documents and shrink group by group; each later list is
// searched by galloping from where the last match was found, so a rare word joined with a common
// one costs about c·log(n/c) instead of a walk over the common word's whole list. Written by hand
// because no search library exposes its intersection over our typed-array postings.
import type { Postings } from './postings'

/** One term of a group: its posting list and how much its occurrences count. */
export interface WeightedList {
  list: Postings
  /** 0 for filters (tag:, source:, color:), which narrow without ranking. */
  weight: number
  idf: number
}

/** What BM25 needs about every document, by document number. */
export interface DocumentStats {
  lengths: Float64Array
  /** 0 once a document is removed. */
  alive: Uint8Array
  averageLength: number
}

/** The matching documents, ascending, with their scores; `length` entries are valid. */
export interface Candidates {
  docs: Uint32Array
  scores: Float64Array
  length: number
}

const K1 = 1.2
const B = 0.75
const GALLOP_RATIO = 8

/** Reusable arrays, so a query allocates nothing in proportion to the library. */
export class MatchScratch {
  private docs = new Uint32Array(0)
  private scores = new Float64Array(0)
  private groupScores = new Float64Array(0)
  private matched = new Uint8Array(0)
  private union = new Float64Array(0)
  private seen = new Uint8Array(0)

  /** Arrays for up to `capacity` candidates and `documents` document numbers. */
  ensure(capacity: number, documents: number): this {
    // Doubling, so a library growing during an import does not reallocate on every query.
    if (this.docs.length < capacity) {
      const size = Math.max(capacity, this.docs.length * 2)
      this.docs = new Uint32Array(size)
      this.scores = new Float64Array(size)
      this.groupScores = new Float64Array(size)
      this.matched = new Uint8Array(size)
    }
    if (this.seen.length < documents) {
      const size = Math.max(documents, this.seen.length * 2)
      this.union = new Float64Array(size)
      this.seen = new Uint8Array(size)
    }
    return this
  }

  /** The documents matching every group; groups should come rarest first. */
  matchAll(groups: readonly WeightedList[][], stats: DocumentStats): Candidates {
    const candidates = this.seed(groups[0] ?? [], stats)
    for (let index = 1; index < groups.length && candidates.length > 0; index++) this.narrow(candidates, groups[index]!, stats)
    return candidates
  }

  // The first group's documents (a union when a prefix expands to several words), sorted.
  private seed(group: readonly WeightedList[], stats: DocumentStats): Candidates {
    const { docs, scores } = this
    let length = 0
    if (group.length === 1) {
      const { list, weight, idf } = group[0]!
      for (let index = 0; index < list.length; index++) {
        const doc = list.docs[index]!
        if (stats.alive[doc] === 0) continue
        docs[length] = doc
        scores[length++] = bm25(list.freqs[index]!, weight, idf, doc, stats)
      }
      return { docs, scores, length }
    }
    const { union, seen } = this
    for (const { list, weight, idf } of group) {
      for (let index = 0; index < list.length; index++) {
        const doc = list.docs[index]!
        if (stats.alive[doc] === 0) continue
        if (seen[doc] === 0) {
          seen[doc] = 1
          docs[length++] = doc
        }
        union[doc]! += bm25(list.freqs[index]!, weight, idf, doc, stats)
      }
    }
    const sorted = docs.subarray(0, length).sort()
    for (let index = 0; index < length; index++) {
      const doc = sorted[index]!
      scores[index] = union[doc]!
      union[doc] = 0
      seen[doc] = 0
    }
    return { docs, scores, length }
  }

  // Keeps the candidates found in any of the group's lists, adding their scores.
  private narrow(candidates: Candidates, group: readonly WeightedList[], stats: DocumentStats): void {
    if (group.length === 1) return narrowByOne(candidates, group[0]!, stats)
    const { groupScores, matched } = this
    groupScores.fill(0, 0, candidates.length)
    matched.fill(0, 0, candidates.length)
    for (const { list, weight, idf } of group) {
      // Galloping pays only when the list is much longer than the candidates; otherwise step.
      const sparse = list.length > candidates.length * GALLOP_RATIO
      let position = 0
      for (let index = 0; index < candidates.length && position < list.length; index++) {
        const doc = candidates.docs[index]!
        if (sparse) position = gallop(list.docs, position, list.length, doc)
        else while (position < list.length && list.docs[position]! < doc) position++
        if (position < list.length && list.docs[position] === doc) {
          matched[index] = 1
          groupScores[index]! += bm25(list.freqs[position]!, weight, idf, doc, stats)
        }
      }
    }
    let kept = 0
    for (let index = 0; index < candidates.length; index++) {
      if (matched[index] === 0) continue
      candidates.docs[kept] = candidates.docs[index]!
      candidates.scores[kept++] = candidates.scores[index]! + groupScores[index]!
    }
    candidates.length = kept
  }
}

// The common case (a single word) in one pass, compacting the candidates in place.
function narrowByOne(candidates: Candidates, { list, weight, idf }: WeightedList, stats: DocumentStats): void {
  const { docs, scores, length } = candidates
  const { docs: listDocs, freqs, length: listLength } = list
  const sparse = listLength > length * GALLOP_RATIO
  let position = 0
  let kept = 0
  for (let index = 0; index < length && position < listLength; index++) {
    const doc = docs[index]!
    if (sparse) position = gallop(listDocs, position, listLength, doc)
    else while (position < listLength && listDocs[position]! < doc) position++
    if (position < listLength && listDocs[position] === doc) {
      docs[kept] = doc
      scores[kept++] = scores[index]! + bm25(freqs[position]!, weight, idf, doc, stats)
    }
  }
  candidates.length = kept
}

function bm25(frequency: number, weight: number, idf: number, doc: number, stats: DocumentStats): number {
  if (weight === 0) return 0
  return (weight * idf * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * stats.lengths[doc]!) / stats.averageLength))
}

/** The first index at or after `from` whose value is at least `target` (`end` if none). */
export function gallop(values: Uint32Array, from: number, end: number, target: number): number {
  if (from >= end || values[from]! >= target) return from
  let step = 1
  let low = from
  let high = from + 1
  while (high < end && values[high]! < target) {
    low = high
    step *= 2
    high = Math.min(end, from + step)
  }
  // values[low] < target, and values[high] >= target or high === end.
  while (low + 1 < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! < target) low = middle
    else high = middle
  }
  return high
}

/** BM25's inverse document frequency for a term found in `matching` of `total` documents. */
export function inverseDocumentFrequency(total: number, matching: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
}
