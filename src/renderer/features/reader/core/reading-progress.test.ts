import { describe, expect, it } from 'vitest'
import { describeLength, progressAt, readingMinutes, scrollTopFor } from './reading-progress'

describe('progressAt', () => {
  it('is the scrolled fraction of what can be scrolled', () => {
    expect(progressAt(0, 3000, 1000)).toBe(0)
    expect(progressAt(1000, 3000, 1000)).toBe(0.5)
    expect(progressAt(2000, 3000, 1000)).toBe(1)
  })
  it('clamps overscroll and counts an unscrollable page as read', () => {
    expect(progressAt(-40, 3000, 1000)).toBe(0)
    expect(progressAt(2100, 3000, 1000)).toBe(1)
    expect(progressAt(0, 800, 1000)).toBe(1)
  })
})

describe('scrollTopFor', () => {
  it('inverts progressAt', () => {
    expect(scrollTopFor(0.5, 3000, 1000)).toBe(1000)
    expect(progressAt(scrollTopFor(0.37, 5400, 860), 5400, 860)).toBeCloseTo(0.37, 3)
  })
  it('clamps out-of-range progress and short pages', () => {
    expect(scrollTopFor(2, 3000, 1000)).toBe(2000)
    expect(scrollTopFor(-1, 3000, 1000)).toBe(0)
    expect(scrollTopFor(0.5, 500, 1000)).toBe(0)
  })
})

describe('reading time', () => {
  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(0)
    expect(readingMinutes(40)).toBe(1)
    expect(readingMinutes(2300)).toBe(10)
  })
  it('describes the length for the header', () => {
    expect(describeLength(1234)).toBe('1,234 words · 5 min read')
    expect(describeLength(1)).toBe('1 word · 1 min read')
    expect(describeLength(0)).toBe('0 words')
  })
})
