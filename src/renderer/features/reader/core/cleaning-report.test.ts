import { describe, expect, it } from 'vitest'
import { groupByKind, kindLabel, summarizeCleaning } from './cleaning-report'

describe('groupByKind', () => {
  it('groups by kind, largest first, keeping first-seen order for ties and item order within', () => {
    const groups = groupByKind([
      { kind: 'junk-character', text: 'a' },
      { kind: 'teaser', text: 'b' },
      { kind: 'teaser', text: 'c' },
      { kind: 'end-marker', text: 'd' }
    ])
    expect(groups.map((group) => [group.label, group.items.map((item) => item.text)])).toEqual([
      ['Teaser', ['b', 'c']],
      ['Junk character', ['a']],
      ['End marker', ['d']]
    ])
  })
})

describe('kindLabel', () => {
  it('reads machine kinds as words', () => {
    expect(kindLabel('split-glued-word')).toBe('Split glued word')
    expect(kindLabel('cms-debris')).toBe('CMS debris')
    expect(kindLabel('page-furniture')).toBe('Page furniture')
    expect(kindLabel('')).toBe('Other')
  })
})

describe('summarizeCleaning', () => {
  it('counts removals and repairs', () => {
    expect(summarizeCleaning([{ kind: 'teaser', text: 'x' }], [])).toBe('Import removed 1 passage and made 0 repairs.')
    expect(summarizeCleaning([], [])).toBe('Import changed nothing in this article.')
  })
})
