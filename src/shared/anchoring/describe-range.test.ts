import { describe, expect, it } from 'vitest'
import { ANCHOR_CONTEXT_LENGTH } from '../model/annotation'
import { describeRange } from './describe-range'

const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40)

describe('describeRange', () => {
  it('stores the quote with 32 characters of context on each side', () => {
    const anchor = describeRange(text, 40, 45)
    expect(anchor).toEqual({
      start: 40,
      end: 45,
      quote: 'QUOTE',
      prefix: 'a'.repeat(ANCHOR_CONTEXT_LENGTH),
      suffix: 'b'.repeat(ANCHOR_CONTEXT_LENGTH)
    })
  })

  it('cuts the context at the text edges', () => {
    expect(describeRange('Hello world', 0, 5)).toMatchObject({ prefix: '', suffix: ' world', quote: 'Hello' })
  })

  it('orders and clamps out-of-range offsets', () => {
    expect(describeRange('Hello', 9, -3)).toMatchObject({ start: 0, end: 5, quote: 'Hello' })
  })

  it('does not split an emoji in the context', () => {
    const anchor = describeRange('🙂' + 'x'.repeat(31) + 'Q', 33, 34)
    expect(anchor.prefix).toBe('x'.repeat(31))
  })
})
