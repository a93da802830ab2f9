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
