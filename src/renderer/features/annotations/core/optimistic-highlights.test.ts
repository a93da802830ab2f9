import { describe, expect, it } from 'vitest'
import type { Highlight } from '../../../../shared/model/annotation'
import { mergeOptimistic } from './optimistic-highlights'

const highlight = (id: string, start: number, color: Highlight['color'] = 'yellow'): Highlight => ({
  id,
  articleId: 'a',
  start,
  end: start + 4,
  quote: 'text',
  prefix: '',
  suffix: '',
  color,
  note: { doc: null, text: '' },
  tags: [],
  orphaned: false,
  createdAt: start,
  updatedAt: start
})

describe('mergeOptimistic', () => {
  it('returns the stored list itself when nothing is pending, so memoised rendering keeps working', () => {
    const stored = [highlight('a', 0)]
    expect(mergeOptimistic(stored, [], new Set())).toBe(stored)
  })

  it('shows pending highlights in reading order until stored, then the stored version wins', () => {
    const stored = [highlight('a', 10)]
    expect(mergeOptimistic(stored, [highlight('b', 0)], new Set()).map((h) => h.id)).toEqual(['b', 'a'])
    const recoloured = [highlight('a', 10), highlight('b', 0, 'green')]
    expect(mergeOptimistic(recoloured, [highlight('b', 0)], new Set()).find((h) => h.id === 'b')?.color).toBe('green')
  })

  it('hides highlights being removed, stored or pending', () => {
    expect(mergeOptimistic([highlight('a', 0)], [highlight('b', 5)], new Set(['a', 'b']))).toEqual([])
  })
})
