import { describe, expect, it } from 'vitest'
import { documentSignature } from './document-signature'
import { signature } from './minhash'
import { estimateSimilarity } from './similarity'
import { articlePlainText } from '../model/text'

const steps = Array.from(
  { length: 12 },
  (_, index) => `Step ${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][index]}: stir the pot and wait`
)

describe('documentSignature', () => {
  it('leaves list numbers out, so a list imported numbered and unnumbered is the same article', () => {
    const bullets = steps.map((text) => ({ kind: 'list-item' as const, text }))
    const numbered = steps.map((text, index) => ({ kind: 'list-item' as const, text: `${index + 1}. ${text}` }))
    expect(Array.from(documentSignature(numbered))).toEqual(Array.from(documentSignature(bullets)))
    expect(estimateSimilarity(signature(articlePlainText(numbered)), signature(articlePlainText(bullets)))).toBeLessThan(1)
  })

  it('signs text without lists as its plain text', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'The river rose.' },
      { kind: 'heading' as const, text: '1. Not an item' }
    ]
    expect(Array.from(documentSignature(blocks))).toEqual(Array.from(signature(articlePlainText(blocks))))
  })
})
