import { describe, expect, it } from 'vitest'
import { formatPublished } from './format-date'

describe('formatPublished', () => {
  it('shows the calendar date as written, whatever the time of day or zone', () => {
    expect(formatPublished('2023-12-22', null)).toBe('22 Dec 2023')
    expect(formatPublished('2023-12-22T08:19', null)).toBe('22 Dec 2023')
    expect(formatPublished('2023-12-22T23:59:00+10:00', null)).toBe('22 Dec 2023')
  })

  it('keeps a partial date as written and shows nothing when there is no date', () => {
    expect(formatPublished(null, 'April 14')).toBe('April 14')
    expect(formatPublished(null, null)).toBe('')
    expect(formatPublished('not a date', 'July 7')).toBe('July 7')
  })
})
