import { describe, expect, it } from 'vitest'
import { articleTextAsMarkdown } from '../../../shared/export/markdown-article-text'
import { markdownParser } from '../import/formats/markdown-parser'

// The article text the Markdown export writes, read back by the CommonMark parser with the
// notes apps' == highlights that Gloss's own importer uses.
describe('exported article text, read back as Markdown', () => {
  type Placed = Parameters<typeof articleTextAsMarkdown>[1][number]
  const reader = markdownParser

  it('marks a highlight that `==` could not open or close beside a letter with <mark>, so Markdown readers still show it', () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'Use Promises and (all) of them.', codeSpans: [{ start: 4, end: 11 }] }]
    const exactlyCode = articleTextAsMarkdown(blocks, [{ id: 'h', start: 4, end: 11 } as Placed], 3)
    expect(exactlyCode).toBe('Use <mark>`Promise`</mark>s and (all) of them.')
    expect(reader.renderInline(exactlyCode)).toBe('Use <mark><code>Promise</code></mark>s and (all) of them.')
    // Beside spaces or inside a word of letters, == reads as a highlight and stays.
    const words = articleTextAsMarkdown(blocks, [{ id: 'h', start: 4, end: 12 } as Placed], 3)
    expect(words).toBe('Use ==`Promise`s== and (all) of them.')
    expect(reader.renderInline(words)).toBe('Use <mark><code>Promise</code>s</mark> and (all) of them.')
    // Inside code, each piece is code of its own, and == stands between backticks.
    const splitCode = articleTextAsMarkdown(
      [{ kind: 'paragraph', text: 'Run a x b now.', codeSpans: [{ start: 4, end: 9 }] }],
      [{ id: 'h', start: 5, end: 8 } as Placed],
      3
    )
    expect(reader.renderInline(splitCode)).toBe('Run <code>a</code><mark><code> x </code></mark><code>b</code> now.')
    const bracketed = articleTextAsMarkdown(blocks, [{ id: 'h', start: 17, end: 22 } as Placed], 3)
    expect(reader.renderInline(bracketed)).toBe('Use <code>Promise</code>s and <mark>(all)</mark> of them.')
  })
})
