import { describe, expect, it } from 'vitest'
import { signature, SIGNATURE_HASHES, SIGNATURE_LENGTH, shingleCount } from './minhash'
import { estimateJaccard, estimateSimilarity } from './similarity'

const text = 'Vietnam has taken an active and responsible part in defence diplomacy activities. '.repeat(3)

describe('signature', () => {
  it('has a fixed length and is deterministic', () => {
    const first = signature(text)
    expect(first).toHaveLength(SIGNATURE_LENGTH)
    expect(signature(text)).toEqual(first)
  })

  it('survives a round trip through a plain array (as stored in IndexedDB)', () => {
    const stored: number[] = Array.from(signature(text))
    expect(estimateJaccard(stored, signature(text))).toBe(1)
  })

  it('counts distinct shingles, so a repeated passage does not inflate the size', () => {
    expect(shingleCount(signature(text))).toBe(shingleCount(signature(text + text)))
  })

  it('signs each text on its own, whatever was signed before it', () => {
    const alone = Array.from(signature('A short note on defence.'))
    signature(text.repeat(50))
    expect(Array.from(signature('A short note on defence.'))).toEqual(alone)
    expect(Array.from(signature(text))).toEqual(Array.from(signature(text)))
  })

  it('fills every hash even for a short text', () => {
    const short = signature('A short note on defence.')
    expect(Array.from(short.subarray(0, SIGNATURE_HASHES)).every((value) => value !== 0xffffffff)).toBe(true)
  })

  it('gives empty and letterless texts similarity 0 to everything', () => {
    expect(estimateSimilarity(signature(''), signature(text))).toBe(0)
    expect(estimateSimilarity(signature('!!!'), signature('!!!'))).toBe(0)
  })

  it('ignores spacing, case and punctuation differences', () => {
    expect(estimateJaccard(signature(text), signature(text.toUpperCase().replace(/ /g, '')))).toBe(1)
  })
})
