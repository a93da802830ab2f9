import { describe, expect, it } from 'vitest'
import { adjacentBlockIndex, adjacentHighlightId } from './highlight-navigation'

const highlights = [
  { id: 'c', start: 300, orphaned: false },
  { id: 'a', start: 10, orphaned: false },
  { id: 'x', start: 50, orphaned: true },
  { id: 'b', start: 120, orphaned: false }
]

describe('adjacentHighlightId', () => {
  it('moves to the neighbour of the current highlight in reading order, skipping orphans', () => {
    expect(adjacentHighlightId(highlights, 'a', 1, 0)).toBe('b')
    expect(adjacentHighlightId(highlights, 'b', -1, 0)).toBe('a')
    expect(adjacentHighlightId(highlights, 'c', 1, 0)).toBeNull()
    expect(adjacentHighlightId(highlights, 'a', -1, 0)).toBeNull()
  })
  it('starts from the reading position when no highlight is current', () => {
    expect(adjacentHighlightId(highlights, null, 1, 100)).toBe('b')
    expect(adjacentHighlightId(highlights, null, -1, 100)).toBe('a')
    expect(adjacentHighlightId(highlights, 'gone', 1, 0)).toBe('a')
    expect(adjacentHighlightId(highlights, null, 1, 400)).toBeNull()
  })
})

describe('adjacentBlockIndex', () => {
  it('steps and stays inside the article', () => {
    expect(adjacentBlockIndex(null, 1, 5)).toBe(0)
    expect(adjacentBlockIndex(null, -1, 5)).toBe(4)
    expect(adjacentBlockIndex(2, 1, 5)).toBe(3)
    expect(adjacentBlockIndex(4, 1, 5)).toBe(4)
    expect(adjacentBlockIndex(0, -1, 5)).toBe(0)
    expect(adjacentBlockIndex(null, 1, 0)).toBeNull()
  })
})
