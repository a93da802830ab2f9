import { describe, expect, it } from 'vitest'
import { readMetadataDate, toIsoDate } from './iso-date'

describe('toIsoDate', () => {
  it('reads ISO dates and date-times, keeping the written precision', () => {
    expect(toIsoDate('2024-03-05')).toBe('2024-03-05')
    expect(toIsoDate('2024-03-05T23:30:00-05:00')).toBe('2024-03-05T23:30:00-05:00')
    expect(toIsoDate('2024-03')).toBe('2024-03')
    expect(toIsoDate('2024')).toBe('2024')
    expect(toIsoDate("D:20240305120000+01'00'")).toBe('2024-03-05')
    expect(toIsoDate('D:2024')).toBe('2024')
  })

  it('reads written-out dates as the calendar day written, whatever the time zone', () => {
    expect(toIsoDate('March 5, 2024')).toBe('2024-03-05')
    expect(toIsoDate('Mon, 05 Mar 2024 23:30:00 -0500')).toMatch(/^2024-03-05/)
  })

  it('reads a month of a year at that precision, not as its first day', () => {
    expect(toIsoDate('March 2024')).toBe('2024-03')
    expect(toIsoDate('Sep 2019')).toBe('2019-09')
    expect(toIsoDate('published in March 2024 by us')).toBeNull()
  })

  it('invents no year, day or date', () => {
    for (const value of ['June 3', 'March 5', '--03-05', '3/4', '1', 'Spring 2021', '2024-13-45', '2023-02-30', '0101-01-01T00:00:00+00:00', 'unknown'])
      expect(toIsoDate(value)).toBeNull()
  })
})

describe('readMetadataDate', () => {
  it('keeps a date without a year as partial, as written', () => {
    expect(readMetadataDate('March 5')).toEqual({ publishedAt: null, publishedPartial: 'March 5' })
    expect(readMetadataDate('5 March')).toEqual({ publishedAt: null, publishedPartial: '5 March' })
  })

  it("reads HTML's yearless date string as month and day", () => {
    expect(readMetadataDate('--03-05')).toEqual({ publishedAt: null, publishedPartial: 'March 5' })
    expect(readMetadataDate('--02-29')).toEqual({ publishedAt: null, publishedPartial: 'February 29' })
    expect(readMetadataDate('--02-30')).toEqual({ publishedAt: null, publishedPartial: null })
    expect(readMetadataDate('--13-01')).toEqual({ publishedAt: null, publishedPartial: null })
  })

  it('gives no partial form when the year is known, and neither form for numbers that are no date', () => {
    expect(readMetadataDate('March 5, 2024')).toEqual({ publishedAt: '2024-03-05', publishedPartial: null })
    expect(readMetadataDate('3/4')).toEqual({ publishedAt: null, publishedPartial: null })
    expect(readMetadataDate('  ')).toEqual({ publishedAt: null, publishedPartial: null })
    expect(readMetadataDate(null)).toEqual({ publishedAt: null, publishedPartial: null })
  })
})
