import { describe, expect, it } from 'vitest'
import { MAX_HREF_LENGTH, openableHref, shiftLinks, usableLinks } from './links'

describe('openableHref', () => {
  it('keeps absolute web and mail addresses, normalised', () => {
    expect(openableHref(' https://Example.org/a b?q=1#top ')).toBe('https://example.org/a%20b?q=1#top')
    expect(openableHref('http://example.org')).toBe('http://example.org/')
    expect(openableHref('mailto:desk@example.org')).toBe('mailto:desk@example.org')
  })

  it('resolves relative addresses against the page, and drops them without one', () => {
    const page = 'https://news.example/world/story.html'
    expect(openableHref('/about', page)).toBe('https://news.example/about')
    expect(openableHref('next.html', page)).toBe('https://news.example/world/next.html')
    expect(openableHref('//cdn.example/x', page)).toBe('https://cdn.example/x')
    expect(openableHref('next.html')).toBeNull()
  })

  it('drops in-page anchors, scripts, data, files and other schemes', () => {
    for (const href of [
      '',
      '  ',
      '#notes',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
      'ftp://x.org/',
      'about:blank',
      'http://'
    ]) {
      expect(openableHref(href, 'https://news.example/')).toBeNull()
      expect(openableHref(href)).toBeNull()
    }
  })

  it('drops an address longer than a reader link would be', () => {
    expect(openableHref(`https://example.org/${'a'.repeat(MAX_HREF_LENGTH)}`)).toBeNull()
  })
})

describe('usableLinks', () => {
  it('keeps links inside the text, in order, without overlaps or empty words', () => {
    const text = 'Read the full report here.'
    expect(
      usableLinks(text, [
        { start: 21, end: 25, href: 'https://b.org' },
        { start: 5, end: 20, href: 'https://a.org' },
        { start: 9, end: 20, href: 'https://overlap.org' },
        { start: 4, end: 5, href: 'https://space.org' },
        { start: 20, end: 99, href: 'javascript:alert(1)' }
      ])
    ).toEqual([
      { start: 5, end: 20, href: 'https://a.org/' },
      { start: 21, end: 25, href: 'https://b.org/' }
    ])
  })

  it('clips a link running past the text, and answers none for none', () => {
    expect(usableLinks('short', [{ start: 2, end: 50, href: 'https://a.org/' }])).toEqual([{ start: 2, end: 5, href: 'https://a.org/' }])
    expect(usableLinks('short', undefined)).toEqual([])
  })
})

describe('shiftLinks', () => {
  it('moves links with text put before them', () => {
    expect(shiftLinks([{ start: 0, end: 4, href: 'https://a.org/' }], 3)).toEqual([{ start: 3, end: 7, href: 'https://a.org/' }])
  })
})
