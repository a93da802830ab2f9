import { describe, expect, it } from 'vitest'
import { markdownToBlocks, readMarkdownFile } from './markdown'

const ARTICLE = `---
title: "Notes on Tides"
author: [Mia Moon, Sol Sun]
date: 2023-07-04
lang: en
---

Tides, explained
================

The **moon** pulls the _sea_; see [the chart](https://example.com/chart "Chart") for details.
This line continues the same paragraph.

![A tide table](tides.png)

## Why it matters

> Time and tide
> wait for no one.

- Spring tides are *large*
- Neap tides are \`small\`
1. First step
2) Second step

Closing thought with snake_case_names and a footnote[^1].

[^1]: https://example.com/footnote
`

describe('readMarkdownFile', () => {
  it('reads front matter and turns Markdown structure into blocks', () => {
    const result = readMarkdownFile('notes.md', Buffer.from(ARTICLE))
    expect(result).toMatchObject({ title: 'Notes on Tides', byline: 'Mia Moon, Sol Sun', publishedAt: '2023-07-04', language: 'en', originalText: ARTICLE })
    expect(result.blocks).toEqual([
      { kind: 'heading', text: 'Tides, explained' },
      { kind: 'paragraph', text: 'The moon pulls the sea; see the chart for details. This line continues the same paragraph.' },
      { kind: 'heading', text: 'Why it matters' },
      { kind: 'quote', text: 'Time and tide wait for no one.' },
      { kind: 'list-item', text: 'Spring tides are large' },
      { kind: 'list-item', text: 'Neap tides are small' },
      { kind: 'list-item', text: 'First step' },
      { kind: 'list-item', text: 'Second step' },
      { kind: 'paragraph', text: 'Closing thought with snake_case_names and a footnote.' }
    ])
    expect(result.warnings).toEqual(['1 image(s) left out; alt text: "A tide table"'])
  })

  it('takes the first heading as title when there is no front matter, and warns about broken front matter', () => {
    expect(readMarkdownFile('a.md', Buffer.from('# Plain title\n\nBody.')).title).toBe('Plain title')
    const broken = readMarkdownFile('a.md', Buffer.from('---\ntitle: [unclosed\n---\nBody.'))
    expect(broken.warnings).toEqual(['The front matter at the top of the file is not valid YAML and was ignored'])
    expect(broken.blocks).toEqual([{ kind: 'paragraph', text: 'Body.' }])
  })
})

describe('markdownToBlocks', () => {
  it('keeps fenced code as one paragraph and treats setext dashes and rules correctly', () => {
    expect(markdownToBlocks('Sub heading\n---\n\n***\n\n```js\nconst a = 1 * 2 * 3\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |').blocks).toEqual([
      { kind: 'heading', text: 'Sub heading' },
      { kind: 'paragraph', text: 'const a = 1 * 2 * 3' },
      { kind: 'paragraph', text: 'a · b' },
      { kind: 'paragraph', text: '1 · 2' }
    ])
  })
})
