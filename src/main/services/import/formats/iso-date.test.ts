import { describe, expect, it } from 'vitest'
import { toIsoDate } from './iso-date'

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

  it('invents no year, day or date', () => {
    for (const value of ['June 3', 'March 5', '3/4', '1', 'March 2024', 'Spring 2021', '2024-13-45', '2023-02-30', '0101-01-01T00:00:00+00:00', 'unknown'])
      expect(toIsoDate(value)).toBeNull()
  })
})
