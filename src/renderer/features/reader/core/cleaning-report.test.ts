import { describe, expect, it } from 'vitest'
import { countCleaningChanges, groupByKind, kindLabel, summarizeCleaning } from './cleaning-report'

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

  it('lists the page around an article last and closed, however long it is', () => {
    const groups = groupByKind([
      { kind: 'outside-the-article', text: 'Menu' },
      { kind: 'outside-the-article', text: 'Footer' },
      { kind: 'teaser', text: 'b' }
    ])
    expect(groups.map((group) => [group.label, group.peripheral])).toEqual([
      ['Teaser', false],
      ['Outside the article', true]
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

  it('counts the page around the article apart from what cleaning removed from it', () => {
    const around = { kind: 'outside-the-article', text: 'Menu' }
    expect(summarizeCleaning([around, around, { kind: 'teaser', text: 'x' }], [])).toBe(
      'Import removed 1 passage and made 0 repairs. 2 passages around the article (menus, footers, running headers, page numbers) were left out.'
    )
    expect(summarizeCleaning([around], [])).toBe(
      'Import changed nothing in this article. 1 passage around the article (menus, footers, running headers, page numbers) was left out.'
    )
    expect(countCleaningChanges([around, around, { kind: 'teaser', text: 'x' }], [{ kind: 'mojibake', before: 'a', after: 'b' }])).toBe(2)
    expect(
      countCleaningChanges(
        [
          { kind: 'page-number', text: '12' },
          { kind: 'running-header', text: 'Journal' }
        ],
        []
      )
    ).toBe(0)
  })
})
