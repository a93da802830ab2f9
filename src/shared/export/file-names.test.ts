import { describe, expect, it } from 'vitest'
import { createUniqueFileNamer, sanitizeFileName, truncateUtf8 } from './file-names'

const bytes = (text: string) => new TextEncoder().encode(text).length

describe('sanitizeFileName', () => {
  it('strips reserved and control characters and trailing dots', () => {
    expect(sanitizeFileName('a<b>c:d"e/f\\g|h?i*j\u0001k. . ')).toBe('a b c d e f g h i j k')
  })
  it('keeps Unicode letters', () => {
    expect(sanitizeFileName('Phạm Minh Chính — 北京 🎉')).toBe('Phạm Minh Chính — 北京 🎉')
  })
  it('renames Windows reserved names', () => {
    expect(sanitizeFileName('CON')).toBe('CON_')
    expect(sanitizeFileName('com1.txt')).toBe('com1.txt_')
    expect(sanitizeFileName('Console')).toBe('Console')
  })
  it('never returns an empty name', () => {
    expect(sanitizeFileName('???')).toBe('Untitled')
    expect(sanitizeFileName('...')).toBe('Untitled')
  })
  it('limits length in UTF-8 bytes without cutting a code point', () => {
    const long = 'Chính '.repeat(40) + '🎉'.repeat(40)
    const name = sanitizeFileName(long)
    expect(bytes(name)).toBeLessThanOrEqual(100)
    expect(name).not.toContain('\ufffd')
    expect(truncateUtf8('🎉🎉', 5)).toBe('🎉')
  })
})

describe('createUniqueFileNamer', () => {
  it('dedupes case-insensitively with numbered suffixes', () => {
    const nameFor = createUniqueFileNamer()
    expect([nameFor('Report', 'md'), nameFor('report', 'md'), nameFor('REPORT', 'md'), nameFor('Report', 'csv')]).toEqual([
      'Report.md',
      'report (2).md',
      'REPORT (3).md',
      'Report.csv'
    ])
  })
  it('keeps suffixed names within the byte limit', () => {
    const nameFor = createUniqueFileNamer()
    const title = 'ạ'.repeat(200)
    nameFor(title, 'md')
    const second = nameFor(title, 'md')
    expect(second.endsWith(' (2).md')).toBe(true)
    expect(bytes(second.replace(/\.md$/, ''))).toBeLessThanOrEqual(100)
  })
  it('stays fast with many equal titles', () => {
    const nameFor = createUniqueFileNamer()
    const names = new Set(Array.from({ length: 5000 }, () => nameFor('Untitled', 'md')))
    expect(names.size).toBe(5000)
  })
})
