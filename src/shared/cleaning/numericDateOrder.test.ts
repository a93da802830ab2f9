import { describe, expect, it } from 'vitest'
import { numericDateOrder, readsDayFirst } from './numericDateOrder'

describe('numericDateOrder', () => {
  it('reads the order from a date that can only be read one way', () => {
    expect(numericDateOrder('Filed 04/03/2024; the vote was on 22/02/2024.')).toBe('day-first')
    expect(numericDateOrder('Fri, 12/22/2023 - 08:19 and 04/03/2024')).toBe('month-first')
    expect(numericDateOrder('Talks ran 25-03-2024 to 04-04-2024.')).toBe('day-first')
  })

  it('says nothing when every date is ambiguous, when they disagree, or for what is no date', () => {
    expect(numericDateOrder('On 04/03/2024 and 05/06/2024.')).toBeNull()
    expect(numericDateOrder('From 22/02/2024 to 12/22/2024.')).toBeNull()
    expect(numericDateOrder('Scores 24/7, 13/14 and 3/45/2000; ISO 2024-13-02; version 1.22.13/12/2024x')).toBeNull()
    expect(numericDateOrder('A ratio of 2024/13/02 and 45/12/2024.')).toBeNull()
    // Records, resolution numbers and sizes are no dates, though they hold three numbers.
    expect(numericDateOrder('They are 45-15-12 on the season; Resolution No. 24-03-15; plans of 5/20/50 GB; 13/1/99.')).toBeNull()
  })

  it("lets the text's own dates overrule its language", () => {
    expect(readsDayFirst('day-first', false)).toBe(true)
    expect(readsDayFirst('month-first', true)).toBe(false)
    expect(readsDayFirst(null, true)).toBe(true)
    expect(readsDayFirst(null, false)).toBe(false)
  })
})
