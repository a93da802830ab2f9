import { describe, expect, it } from 'vitest'
import { formatAdded, formatPublished } from './format-date'

describe('formatPublished', () => {
  it('shows the calendar date as written, whatever the time of day or zone', () => {
    expect(formatPublished('2023-12-22', null)).toBe('22 Dec 2023')
    expect(formatPublished('2023-12-22T08:19', null)).toBe('22 Dec 2023')
    expect(formatPublished('2023-12-22T23:59:00+10:00', null)).toBe('22 Dec 2023')
    expect(formatPublished('2023-12-22 10:00', null)).toBe('22 Dec 2023')
    expect(formatPublished('2023-12-22Z', null)).toBe('22 Dec 2023')
  })

  it('shows a date known only to the month or the year at that precision', () => {
    expect(formatPublished('2024-03', null)).toBe('Mar 2024')
    expect(formatPublished('2024', null)).toBe('2024')
  })

  it('keeps a partial date as written and shows nothing when there is no date', () => {
    expect(formatPublished(null, 'April 14')).toBe('April 14')
    expect(formatPublished(null, null)).toBe('')
    expect(formatPublished('not a date', 'July 7')).toBe('July 7')
  })
})

describe('formatAdded', () => {
  it('shows the local calendar day of a timestamp, and nothing for a missing one', () => {
    expect(formatAdded(new Date(2024, 2, 5, 23, 30).getTime())).toBe('5 Mar 2024')
    expect(formatAdded(0)).toBe('')
    expect(formatAdded(Number.NaN)).toBe('')
  })
})
