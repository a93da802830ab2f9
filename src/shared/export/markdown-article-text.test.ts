import { describe, expect, it } from 'vitest'
import { articleTextAsMarkdown } from './markdown-article-text'

describe('articleTextAsMarkdown', () => {
  it('writes numbered items as a numbered list, bulleted ones as bullets, and escapes a number that only starts a paragraph', () => {
    const blocks = [
      { kind: 'list-item' as const, text: '3. Stir the *sauce*' },
      { kind: 'list-item' as const, text: '4) Serve\nhot' },
      { kind: 'list-item' as const, text: 'A bullet' },
      { kind: 'paragraph' as const, text: '1. Not a list item' }
    ]
    expect(articleTextAsMarkdown(blocks, [], 3)).toBe('3. Stir the \\*sauce\\*\n\n4) Serve\n   hot\n\n- A bullet\n\n1\\. Not a list item')
  })
})

describe('articleTextAsMarkdown, numbered items with highlights and markers inside', () => {
  it('keeps the number outside a highlight, escapes a marker inside the text, and indents to the text', () => {
    const blocks = [
      { kind: 'list-item' as const, text: '3. Stir it' },
      { kind: 'list-item' as const, text: '10. - dash\nmore' }
    ]
    const whole = { id: 'h', start: 0, end: 10 } as Parameters<typeof articleTextAsMarkdown>[1][number]
    expect(articleTextAsMarkdown(blocks, [whole], 3)).toBe('3. ==Stir it==\n\n10. \\- dash\n    more')
  })
})

describe('articleTextAsMarkdown, links', () => {
  type Placed = Parameters<typeof articleTextAsMarkdown>[1][number]
  const text = 'See the report (final) for more.'
  const blocks = [{ kind: 'paragraph' as const, text, links: [{ start: 4, end: 22, href: 'https://a.org/r(1)' }] }]
  const highlight = (start: number, end: number): Placed => ({ id: `h${start}`, start, end }) as Placed

  it('writes a link around its words, its address able to hold parentheses', () => {
    expect(articleTextAsMarkdown(blocks, [], 3)).toBe('See [the report (final)](https://a.org/r%281%29) for more.')
  })

  it('marks highlights inside, around and across a link', () => {
    expect(articleTextAsMarkdown(blocks, [highlight(8, 14)], 3)).toBe('See [the ==report== (final)](https://a.org/r%281%29) for more.')
    expect(articleTextAsMarkdown(blocks, [highlight(0, 32)], 3)).toBe('==See== [==the report (final)==](https://a.org/r%281%29) ==for more.==')
    expect(articleTextAsMarkdown(blocks, [highlight(15, 27)], 3)).toBe('See [the report ==(final)==](https://a.org/r%281%29) ==for== more.')
  })

  it('never lets a link read as an image, and keeps a mail address with spaces whole', () => {
    const wow = [{ kind: 'paragraph' as const, text: 'Wow!Click here', links: [{ start: 4, end: 14, href: 'https://a.org/' }] }]
    expect(articleTextAsMarkdown(wow, [], 3)).toBe('Wow\\![Click here](https://a.org/)')
    const mail = [{ kind: 'paragraph' as const, text: 'Write to John', links: [{ start: 9, end: 13, href: 'mailto:John Doe <jd@x.org>' }] }]
    expect(articleTextAsMarkdown(mail, [], 3)).toBe('Write to [John](mailto:John%20Doe%20%3Cjd@x.org%3E)')
  })

  it('writes no link whose address could not be opened', () => {
    const unsafe = [{ kind: 'paragraph' as const, text: 'Click here', links: [{ start: 6, end: 10, href: 'javascript:alert(1)' }] }]
    expect(articleTextAsMarkdown(unsafe, [], 3)).toBe('Click here')
  })
})

describe('articleTextAsMarkdown, pictures', () => {
  it('writes a kept picture as an inline image, and nothing for one that cannot be shown', () => {
    const src = `data:image/png;base64,${'iVBORw0K'.repeat(50)}`
    const blocks = [
      { kind: 'paragraph' as const, text: 'Before.' },
      { kind: 'image' as const, text: '', image: { src, alt: 'The [quay]' } },
      { kind: 'image' as const, text: '', image: { src: 'javascript:alert(1)', alt: 'x' } },
      { kind: 'paragraph' as const, text: 'After.' }
    ]
    expect(articleTextAsMarkdown(blocks, [], 3)).toBe(`Before.\n\n![The \\[quay\\]](${src})\n\nAfter.`)
  })
})

describe('articleTextAsMarkdown, inline code', () => {
  type Placed = Parameters<typeof articleTextAsMarkdown>[1][number]
  it('writes inline code between backticks as it is, unescaped, inside a link and under a highlight', () => {
    const text = 'Call get_user(*id*) then `tick` in docs.'
    const blocks = [
      {
        kind: 'paragraph' as const,
        text,
        codeSpans: [
          { start: 5, end: 19 },
          { start: 25, end: 31 }
        ],
        links: [{ start: 35, end: 39, href: 'https://a.org/' }]
      }
    ]
    expect(articleTextAsMarkdown(blocks, [], 3)).toBe('Call `get_user(*id*)` then `` `tick` `` in [docs](https://a.org/).')
    const highlight = { id: 'h', start: 0, end: 19 } as Placed
    expect(articleTextAsMarkdown(blocks, [highlight], 3)).toBe('==Call `get_user(*id*)`== then `` `tick` `` in [docs](https://a.org/).')
  })
})
