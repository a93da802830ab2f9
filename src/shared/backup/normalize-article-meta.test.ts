import { describe, expect, it } from 'vitest'
import { normalizeArticleMeta } from './normalize-article-meta'

describe('normalizeArticleMeta', () => {
  it("keeps an article's web address only when it is one a reader may open", () => {
    const urlOf = (url: unknown) => normalizeArticleMeta({ id: 'a', title: 'T', url }).url
    expect(urlOf('https://news.example/a b')).toBe('https://news.example/a%20b')
    expect(urlOf(undefined)).toBeNull()
    expect(urlOf('javascript:alert(1)')).toBeNull()
    expect(urlOf('mailto:desk@news.example')).toBeNull()
    expect(urlOf('/relative/path')).toBeNull()
    expect(urlOf(42)).toBeNull()
  })
})
