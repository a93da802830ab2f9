import { describe, expect, it } from 'vitest'
import { normalizeArticleBody } from './normalize-records'

describe('normalizeArticleBody', () => {
  it("keeps a block's links that can be shown and drops the rest", () => {
    const body = normalizeArticleBody({
      articleId: 'a',
      blocks: [
        {
          kind: 'paragraph',
          text: 'See the report here.',
          links: [
            { start: 4, end: 14, href: 'https://a.org/r' },
            { start: 15, end: 19, href: 'javascript:alert(1)' },
            { start: '1', href: 'https://b.org' },
            'junk'
          ]
        },
        { kind: 'paragraph', text: 'No links.', links: 'nonsense' },
        { kind: 'paragraph', text: 'Older record.' }
      ]
    })
    expect(body.blocks).toEqual([
      { kind: 'paragraph', text: 'See the report here.', links: [{ start: 4, end: 14, href: 'https://a.org/r' }] },
      { kind: 'paragraph', text: 'No links.' },
      { kind: 'paragraph', text: 'Older record.' }
    ])
  })

  it('keeps a picture only as a raster data address, and its block in place either way', () => {
    const src = `data:image/png;base64,${'iVBORw0K'.repeat(50)}`
    const body = normalizeArticleBody({
      articleId: 'a',
      blocks: [
        { kind: 'image', text: 'ignored', image: { src, alt: 'Quay' } },
        { kind: 'image', image: { src: 'data:image/svg+xml;base64,PHN2Zz4=', alt: 'x' } },
        { kind: 'image', image: { src: 'https://cdn.example/a.png' } }
      ]
    })
    expect(body.blocks).toEqual([
      { kind: 'image', text: '', image: { src, alt: 'Quay' } },
      { kind: 'image', text: '' },
      { kind: 'image', text: '' }
    ])
  })
})
