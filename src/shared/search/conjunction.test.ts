import { describe, expect, it } from 'vitest'
import { MatchScratch, gallop, type DocumentStats, type WeightedList } from './conjunction'
import { Postings } from './postings'
import { mulberry32 } from '../test-support/random'

const DOCUMENTS = 400

function randomList(random: () => number, density: number): Postings {
  const list = new Postings()
  for (let doc = 0; doc < DOCUMENTS; doc++) if (random() < density) list.push(doc, 1 + Math.floor(random() * 4))
  return list
}

function stats(alive: Uint8Array): DocumentStats {
  return { lengths: new Float64Array(DOCUMENTS).fill(100), alive, averageLength: 100 }
}

// The reference: which documents are in every group (in any of a group's lists), by brute force.
function bruteForce(groups: WeightedList[][], alive: Uint8Array): number[] {
  const found: number[] = []
  for (let doc = 0; doc < DOCUMENTS; doc++) {
    if (!alive[doc]) continue
    const inList = (list: Postings): boolean => Array.from(list.docs.subarray(0, list.length)).includes(doc)
    if (groups.every((group) => group.some(({ list }) => inList(list)))) found.push(doc)
  }
  return found
}

describe('gallop', () => {
  it('finds the first value at or above the target, like a linear search', () => {
    const values = Uint32Array.from([2, 3, 5, 8, 13, 21, 34, 55, 89])
    for (let from = 0; from <= values.length; from++) {
      for (let target = 0; target <= 100; target++) {
        let expected = from
        while (expected < values.length && values[expected]! < target) expected++
        expect(gallop(values, from, values.length, target)).toBe(expected)
      }
    }
  })
})

describe('MatchScratch.matchAll', () => {
  it('returns exactly the documents in every group, ascending, for sparse and dense lists', () => {
    const random = mulberry32(21)
    const scratch = new MatchScratch()
    for (let round = 0; round < 60; round++) {
      const alive = new Uint8Array(DOCUMENTS).map(() => (random() < 0.9 ? 1 : 0))
      const groupCount = 1 + Math.floor(random() * 3)
      const groups: WeightedList[][] = Array.from({ length: groupCount }, () =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ list: randomList(random, random() < 0.5 ? 0.02 : 0.6), weight: 1, idf: 1 }))
      )
      const matches = scratch.ensure(DOCUMENTS, DOCUMENTS).matchAll(groups, stats(alive))
      expect(Array.from(matches.docs.subarray(0, matches.length))).toEqual(bruteForce(groups, alive))
    }
  })

  it('sums the scores of every matching term, and filters add nothing', () => {
    const word = new Postings()
    word.push(3, 2)
    word.push(7, 1)
    const longer = new Postings()
    longer.push(3, 1)
    const filter = new Postings()
    filter.push(3, 1)
    filter.push(7, 1)
    const alive = new Uint8Array(DOCUMENTS).fill(1)
    const scratch = new MatchScratch().ensure(DOCUMENTS, DOCUMENTS)
    const alone = scratch.matchAll([[{ list: word, weight: 1, idf: 1 }]], stats(alive))
    const aloneScores = Array.from(alone.scores.subarray(0, alone.length))
    const withPrefix = scratch.matchAll(
      [
        [{ list: filter, weight: 0, idf: 1 }],
        [
          { list: word, weight: 1, idf: 1 },
          { list: longer, weight: 0.8, idf: 1 }
        ]
      ],
      stats(alive)
    )
    expect(Array.from(withPrefix.docs.subarray(0, withPrefix.length))).toEqual([3, 7])
    expect(withPrefix.scores[0]).toBeGreaterThan(aloneScores[0]!)
    expect(withPrefix.scores[1]).toBeCloseTo(aloneScores[1]!)
  })

  it('leaves out removed documents', () => {
    const list = new Postings()
    for (const doc of [1, 2, 3]) list.push(doc, 1)
    const alive = new Uint8Array(DOCUMENTS).fill(1)
    alive[2] = 0
    const matches = new MatchScratch().ensure(DOCUMENTS, DOCUMENTS).matchAll([[{ list, weight: 1, idf: 1 }]], stats(alive))
    expect(Array.from(matches.docs.subarray(0, matches.length))).toEqual([1, 3])
  })
})
