import { describe, expect, it } from 'vitest'
import { pairContainment, paragraphShape } from './paragraphSimilarity'

const lead = 'Vietnam has taken an active and responsible part in defence diplomacy activities, heard a conference in Hà Nội.'

describe('paragraphShape', () => {
  it('ignores case, a dateline and an opening connective', () => {
    const plain = paragraphShape(lead)
    for (const variant of [lead.toUpperCase(), `Hanoi (VNA) - ${lead}`, `In addition, ${lead}`]) {
      const shape = paragraphShape(variant)
      expect(shape.words).toBe(plain.words)
      expect([...shape.pairs]).toEqual([...plain.pairs])
    }
  })

  it('counts the runs of letters and digits, in any script', () => {
    expect(paragraphShape(lead).words).toBe(lead.match(/[\p{L}\p{N}]+/gu)?.length)
    expect(paragraphShape('COVID-19 hit 100 countries').words).toBe(5)
  })

  it('keeps each adjacent pair once, so a repeated phrase counts once', () => {
    expect(paragraphShape('one two one two one two').pairs).toHaveLength(2)
  })
})

describe('pairContainment', () => {
  it('is 1 when one paragraph holds the other and low for an unrelated one', () => {
    const longer = paragraphShape(`${lead} Delegates from twelve countries attended.`)
    expect(pairContainment(paragraphShape(lead).pairs, longer.pairs)).toBe(1)
    const unrelated = paragraphShape('Rice exports rose sharply in the first quarter as prices in Asian markets climbed.')
    expect(pairContainment(paragraphShape(lead).pairs, unrelated.pairs)).toBeLessThan(0.1)
  })
})
