import { describe, expect, it } from 'vitest'
import { collapseWhitespace } from './html-to-blocks'
import { collapseKeepingSpans } from '../../../../shared/model/spanned-text'

const HREF = 'https://example.org/'
const wordsOf = ({ text, links }: ReturnType<typeof collapseKeepingSpans>) => links.map((link) => text.slice(link.start, link.end))

describe('collapseKeepingSpans', () => {
  it('collapses white space as collapseWhitespace does and keeps each link on its words', () => {
    const raw = '  Read\u00a0the \n\n <full   report>\u200b here. '
    const start = raw.indexOf('<')
    const result = collapseKeepingSpans(raw, [{ start, end: raw.indexOf('>') + 1, href: HREF }])
    expect(result.text).toBe(collapseWhitespace(raw))
    expect(wordsOf(result)).toEqual(['<full report>'])
  })

  it('trims white space at a link’s ends and drops a link over white space only', () => {
    const raw = 'See  the   report  now'
    const afterReport = raw.indexOf('report') + 'report'.length
    const result = collapseKeepingSpans(raw, [
      { start: 3, end: afterReport + 1, href: HREF },
      { start: afterReport + 1, end: afterReport + 2, href: HREF }
    ])
    expect(result.text).toBe('See the report now')
    expect(wordsOf(result)).toEqual(['the report'])
  })

  it('moves code spans with their words as it moves links', () => {
    const raw = 'Run \n  npm   install  then  \t read  the docs'
    const code = { start: raw.indexOf('npm'), end: raw.indexOf('install') + 'install'.length + 2 }
    const link = { start: raw.indexOf('read'), end: raw.length, href: HREF }
    const result = collapseKeepingSpans(raw, [link], [code])
    expect(result.text).toBe('Run npm install then read the docs')
    expect(result.codeSpans.map((span) => result.text.slice(span.start, span.end))).toEqual(['npm install'])
    expect(wordsOf(result)).toEqual(['read the docs'])
  })

  it('keeps a link at the very start and end of the text', () => {
    const raw = '\n first  last \n'
    const result = collapseKeepingSpans(raw, [
      { start: 0, end: 7, href: HREF },
      { start: 9, end: raw.length, href: HREF }
    ])
    expect(wordsOf(result)).toEqual(['first', 'last'])
  })

  // A fixed-seed sweep: random text and spans, the link's words always the raw words collapsed.
  it('places every link on its own words, over many random texts', () => {
    let seed = 7
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % below
    }
    const pieces = ['a', 'bc', ' ', '  ', '\n', '\u00a0', '\u200b', '\u3000', 'é', '🌊', '\t']
    for (let round = 0; round < 500; round++) {
      let raw = ''
      const length = 1 + random(30)
      for (let index = 0; index < length; index++) raw += pieces[random(pieces.length)]
      const start = random(raw.length)
      const end = start + 1 + random(raw.length - start)
      const result = collapseKeepingSpans(raw, [{ start, end, href: HREF }])
      expect(result.text).toBe(collapseWhitespace(raw))
      expect(wordsOf(result)).toEqual(collapseWhitespace(raw.slice(start, end)) === '' ? [] : [collapseWhitespace(raw.slice(start, end))])
    }
  })
})

describe('collapseKeepingSpans for Markdown’s code', () => {
  it('keeps the spaces inside code, a line break there one space, and collapses the prose around it', () => {
    const raw = 'Run  ls  -la\n/tmp   now'
    const code = [{ start: 5, end: 17 }]
    const kept = collapseKeepingSpans(raw, [], code, { keepSpacesIn: code })
    expect(kept.text).toBe('Run ls  -la /tmp now')
    expect(kept.text.slice(kept.codeSpans[0]!.start, kept.codeSpans[0]!.end)).toBe('ls  -la /tmp')
    expect(collapseKeepingSpans(raw, [], code).text).toBe('Run ls -la /tmp now')
  })
})
