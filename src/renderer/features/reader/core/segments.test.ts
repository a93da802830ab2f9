import { describe, expect, it } from 'vitest'
import { groupBySpan, segmentBlock } from './segments'

describe('segmentBlock', () => {
  it('returns the whole block when nothing is highlighted', () => {
    expect(segmentBlock('Hello world', 10, [])).toEqual([{ start: 10, end: 21, text: 'Hello world', highlightIds: [] }])
  })

  it('splits at highlight boundaries and keeps the text intact', () => {
    const segments = segmentBlock('Hello brave new world', 0, [{ id: 'a', start: 6, end: 15 }])
    expect(segments.map((segment) => segment.text)).toEqual(['Hello ', 'brave new', ' world'])
    expect(segments.map((segment) => segment.highlightIds)).toEqual([[], ['a'], []])
    expect(segments.map((segment) => segment.text).join('')).toBe('Hello brave new world')
  })

  it('flattens overlapping highlights into runs covered by both', () => {
    const segments = segmentBlock('abcdefghij', 100, [
      { id: 'a', start: 101, end: 106 },
      { id: 'b', start: 104, end: 109 }
    ])
    expect(segments.map((segment) => [segment.text, segment.highlightIds])).toEqual([
      ['a', []],
      ['bcd', ['a']],
      ['ef', ['a', 'b']],
      ['ghi', ['b']],
      ['j', []]
    ])
  })

  it('clips highlights that start before or end after the block', () => {
    const segments = segmentBlock('middle', 50, [{ id: 'x', start: 10, end: 53 }])
    expect(segments.map((segment) => [segment.text, segment.highlightIds])).toEqual([
      ['mid', ['x']],
      ['dle', []]
    ])
  })
})

describe('segmentBlock and groupBySpan with links', () => {
  const link = { start: 4, end: 14, href: 'https://a.org/' }

  it('cuts at link ends too and draws each link once around its runs', () => {
    const segments = segmentBlock('See the report now', 100, [{ id: 'h', start: 108, end: 118 }], [link])
    expect(segments.map((segment) => segment.text)).toEqual(['See ', 'the ', 'report', ' now'])
    const runs = groupBySpan(segments, 100, [link])
    expect(runs.map((run) => [run.span?.href ?? null, run.segments.map((segment) => segment.text).join('|')])).toEqual([
      [null, 'See '],
      ['https://a.org/', 'the |report'],
      [null, ' now']
    ])
    expect(runs.flatMap((run) => run.segments.map((segment) => segment.highlightIds))).toEqual([[], [], ['h'], ['h']])
  })

  it('cuts at inline code inside and across a link, grouping each run of code within its link', () => {
    const text = 'Call getUser() then save()'
    const code = [
      { start: 5, end: 14 },
      { start: 20, end: 26 }
    ]
    const links = [{ start: 0, end: 22, href: 'https://a.org/' }]
    const segments = segmentBlock(text, 0, [], [...links, ...code])
    const drawn = groupBySpan(segments, 0, links).map((run) => [
      run.span?.href ?? null,
      groupBySpan(run.segments, 0, code).map((inner) => `${inner.span ? 'code:' : ''}${inner.segments.map((segment) => segment.text).join('')}`)
    ])
    expect(drawn).toEqual([
      ['https://a.org/', ['Call ', 'code:getUser()', ' then ', 'code:sa']],
      [null, ['code:ve()']]
    ])
  })
})
