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

  it("keeps a block's inline code spans inside its text, in order and merged, and none on a code block", () => {
    const body = normalizeArticleBody({
      articleId: 'a',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Run npm install then npm test.',
          codeSpans: [
            { start: 21, end: 29 },
            { start: 4, end: 8 },
            { start: 8, end: 15 },
            { start: 16, end: 20 },
            { start: 25, end: 99 },
            { start: '3' },
            'junk'
          ]
        },
        { kind: 'paragraph', text: 'Blank span.', codeSpans: [{ start: 5, end: 6 }] },
        { kind: 'code', text: 'npm test', codeSpans: [{ start: 0, end: 3 }] }
      ]
    })
    expect(body.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Run npm install then npm test.',
        codeSpans: [
          { start: 4, end: 15 },
          { start: 16, end: 20 },
          { start: 21, end: 30 }
        ]
      },
      { kind: 'paragraph', text: 'Blank span.' },
      { kind: 'code', text: 'npm test' }
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
