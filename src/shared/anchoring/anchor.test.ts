import { describe, expect, it } from 'vitest'
import { anchor } from './anchor'
import { describeRange } from './describe-range'

const original =
  'Vietnam has defence relations with more than 100 countries. ' +
  'The country has also been active in multilateral defence diplomacy activities. ' +
  'It joined UN peacekeeping operations in 2014, sending engineers and field hospitals.'

function highlight(text: string, quote: string, occurrence = 0) {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1)
  return describeRange(text, at, at + quote.length)
}

describe('anchor', () => {
  it('finds a quote still at its offsets', () => {
    const target = highlight(original, 'multilateral defence diplomacy')
    expect(anchor(original, target)).toEqual({ status: 'exact', start: target.start, end: target.end, score: 1 })
  })

  it('follows a quote moved by text inserted before it', () => {
    const target = highlight(original, 'UN peacekeeping operations')
    const changed = 'Hanoi (VNA) - ' + original
    const result = anchor(changed, target)
    expect(result).toMatchObject({ status: 'exact', start: target.start + 14, end: target.end + 14 })
  })

  it('tells repeated quotes apart by their context', () => {
    const text = 'The army trained hard. The navy trained harder. Later the army rested; the navy trained again.'
    const target = highlight(text, 'trained', 2)
    const changed = 'Report: ' + text
    const result = anchor(changed, target)
    expect(result.status).toBe('exact')
    if (result.status !== 'orphan') expect(result.start).toBe(changed.lastIndexOf('trained'))
  })

  it('finds a quote whose typo was fixed and keeps it on whole words', () => {
    const typo = original.replace('multilateral', 'multilaterall')
    const target = highlight(typo, 'multilaterall defence diplomacy')
    const result = anchor(original, target)
    expect(result.status).toBe('fuzzy')
    if (result.status !== 'orphan') expect(original.slice(result.start, result.end)).toBe('multilateral defence diplomacy')
  })

  it('finds a quote whose glued words were split', () => {
    const glued = original.replace('field hospitals', 'fieldhospitals')
    const target = highlight(glued, 'engineers and fieldhospitals')
    const result = anchor(original, target)
    if (result.status === 'orphan') throw new Error('expected a match')
    expect(original.slice(result.start, result.end)).toBe('engineers and field hospitals')
  })

  it('orphans a highlight whose passage is gone', () => {
    const target = highlight(original, 'sending engineers and field hospitals')
    expect(anchor(original.slice(0, 140), target)).toEqual({ status: 'orphan' })
  })

  it('orphans a short quote found only without its context', () => {
    const target = highlight(original, 'UN')
    expect(anchor('Meetings at the UN were held.', target)).toEqual({ status: 'orphan' })
  })

  it('handles empty and degenerate inputs', () => {
    const target = highlight(original, 'defence')
    expect(anchor('', target)).toEqual({ status: 'orphan' })
    expect(anchor(original, { ...target, quote: '' })).toEqual({ status: 'orphan' })
    expect(anchor(original, { ...target, start: 10_000, end: 10_007 }).status).toBe('exact')
  })

  it('finds a long quote (over 256 characters) with edits, by its head and tail', () => {
    const long = original.repeat(2)
    const target = describeRange(long, 10, 330)
    const edited = 'Intro. ' + long.slice(0, 100) + 'X' + long.slice(101, 200) + long.slice(203)
    const result = anchor(edited, target)
    if (result.status === 'orphan') throw new Error('expected a match')
    expect(result.status).toBe('fuzzy')
    expect(Math.abs(result.start - 17)).toBeLessThanOrEqual(1)
  })
})
