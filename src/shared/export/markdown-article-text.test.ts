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
