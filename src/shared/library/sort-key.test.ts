import { describe, expect, it } from 'vitest'
import { articleSortKeys, textSortKey } from './sort-key'

/** Sorts texts the way the library's index orders their keys (plain code-unit order). */
const byKey = (texts: string[]): string[] => [...texts].sort((a, b) => (textSortKey(a)! < textSortKey(b)! ? -1 : 1))

describe('textSortKey', () => {
  it('ignores case and diacritics', () => {
    expect(byKey(['Zebra crossings', 'apple harvest', 'Économie du Viêt Nam', 'zoo keepers', 'Ångström units'])).toEqual([
      'Ångström units',
      'apple harvest',
      'Économie du Viêt Nam',
      'Zebra crossings',
      'zoo keepers'
    ])
    expect(textSortKey('Phạm Minh Chính')).toBe(textSortKey('pham minh chinh'))
    expect(textSortKey('Đà Nẵng')).toBe('da nang')
  })

  it('compares numbers by value, before letters', () => {
    expect(byKey(['Part 10', 'Part 2', 'Part 1', 'Part 002b', 'Part A'])).toEqual(['Part 1', 'Part 2', 'Part 002b', 'Part 10', 'Part A'])
    expect(byKey(['Report 1000000000', 'Report 123456789', 'Report 99'])).toEqual(['Report 99', 'Report 123456789', 'Report 1000000000'])
    expect(byKey(['2024 in review', '999 days', 'A year'])).toEqual(['999 days', '2024 in review', 'A year'])
  })

  it('skips leading quotes and brackets, and collapses spaces', () => {
    expect(byKey(['“Quiet” revolutions', 'Pandas', '[Draft] Rivers'])).toEqual(['[Draft] Rivers', 'Pandas', '“Quiet” revolutions'])
    expect(textSortKey('  Salt   and\tpepper ')).toBe('salt and pepper')
    expect(textSortKey('!!!')).toBe('!!!')
  })

  it('has no key for empty text and caps long text', () => {
    expect(textSortKey('')).toBeUndefined()
    expect(textSortKey('   ')).toBeUndefined()
    expect(textSortKey(null)).toBeUndefined()
    expect(textSortKey('a'.repeat(1000))!.length).toBe(160)
  })
})

describe('articleSortKeys', () => {
  it('groups by source, title order within a source, and leaves out a missing source', () => {
    const keys = [
      articleSortKeys('Zinc prices', 'bbc'),
      articleSortKeys('apples', 'BBC News'),
      articleSortKeys('Avocados', 'BBC'),
      articleSortKeys('Mangoes', 'Ábc')
    ].map((key) => key.sourceKey!)
    expect([...keys].sort()).toEqual([keys[3], keys[2], keys[0], keys[1]])
    expect(articleSortKeys('Untitled', null)).toEqual({ titleKey: 'untitled' })
    expect(articleSortKeys('Untitled', '  ')).toEqual({ titleKey: 'untitled' })
  })
})
