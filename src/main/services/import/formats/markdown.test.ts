import { describe, expect, it } from 'vitest'
import { articleTextAsMarkdown } from '../../../../shared/export/markdown-article-text'
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
      {
        kind: 'paragraph',
        text: 'The moon pulls the sea; see the chart for details. This line continues the same paragraph.',
        links: [{ start: 28, end: 37, href: 'https://example.com/chart' }]
      },
      { kind: 'heading', text: 'Why it matters' },
      { kind: 'quote', text: 'Time and tide wait for no one.' },
      { kind: 'list-item', text: 'Spring tides are large' },
      { kind: 'list-item', text: 'Neap tides are small', codeSpans: [{ start: 15, end: 20 }] },
      { kind: 'list-item', text: '1. First step' },
      { kind: 'list-item', text: '2. Second step' },
      { kind: 'paragraph', text: 'Closing thought with snake_case_names and a footnote[1].' },
      // The footnote's text used to be dropped; it now closes the article as a note.
      { kind: 'list-item', text: '1. https://example.com/footnote', links: [{ start: 3, end: 31, href: 'https://example.com/footnote' }] }
    ])
    expect(result.warnings).toEqual(['1 image(s) left out; alt text: "A tide table"'])
  })

  it('takes the first heading as title when there is no front matter, and warns about broken front matter', () => {
    expect(readMarkdownFile('a.md', Buffer.from('# Plain title\n\nBody.')).title).toBe('Plain title')
    const broken = readMarkdownFile('a.md', Buffer.from('---\ntitle: [unclosed\n---\nBody.'))
    expect(broken.warnings).toEqual(['The front matter at the top of the file is not valid YAML and was ignored'])
    expect(broken.blocks).toEqual([{ kind: 'paragraph', text: 'Body.' }])
  })

  it("takes a clipped page's address and site from its front matter or page properties", () => {
    const read = (text: string) => readMarkdownFile('clip.md', Buffer.from(text))
    expect(read('---\nsource: https://www.news.example/world/storm?id=2\n---\nBody.')).toMatchObject({
      url: 'https://www.news.example/world/storm?id=2',
      source: 'news.example'
    })
    expect(read('---\nurl: https://news.example/a\nsite: The Coast Gazette\n---\nBody.')).toMatchObject({
      url: 'https://news.example/a',
      source: 'The Coast Gazette'
    })
    expect(read('---\nsource: Coast Gazette\nurl: notes/other.md\n---\nBody.')).toMatchObject({ url: null, source: 'Coast Gazette' })
    expect(read('url:: https://news.example/b\n\n- Body.')).toMatchObject({ url: 'https://news.example/b', source: 'news.example' })
    expect(read('---\nurl: javascript:alert(1)\n---\nBody.')).toMatchObject({ url: null, source: null })
  })
})

describe('markdownToBlocks', () => {
  it('keeps fenced code as one code block and treats setext dashes and rules correctly', () => {
    expect(markdownToBlocks('Sub heading\n---\n\n***\n\n```js\nconst a = 1 * 2 * 3\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |').blocks).toEqual([
      { kind: 'heading', text: 'Sub heading' },
      { kind: 'code', text: 'const a = 1 * 2 * 3' },
      { kind: 'paragraph', text: 'a · b' },
      { kind: 'paragraph', text: '1 · 2' }
    ])
  })

  it('reads setext headings of both levels and ATX headings with closing hashes', () => {
    expect(markdownToBlocks('Title\n=====\n\nSub *title*\n---\n\n### Third ###\n\nText').blocks).toEqual([
      { kind: 'heading', text: 'Title' },
      { kind: 'heading', text: 'Sub title' },
      { kind: 'heading', text: 'Third' },
      { kind: 'paragraph', text: 'Text' }
    ])
  })

  it('flattens nested and loose lists: a bullet per item, later paragraphs of an item as paragraphs', () => {
    expect(markdownToBlocks('- one\n  - one.a\n  - one.b\n- two\n\n  still two\n- three').blocks).toEqual([
      { kind: 'list-item', text: 'one' },
      { kind: 'list-item', text: 'one.a' },
      { kind: 'list-item', text: 'one.b' },
      { kind: 'list-item', text: 'two' },
      { kind: 'paragraph', text: 'still two' },
      { kind: 'list-item', text: 'three' }
    ])
  })

  it('heads a numbered item that opens with a heading by its number, as a browser shows it; a bulleted one keeps its bullet for the text under it', () => {
    expect(markdownToBlocks('1. ### Step one\n\n   Open the box.\n\n   Take out the parts.').blocks).toEqual([
      { kind: 'heading', text: '1. Step one' },
      { kind: 'paragraph', text: 'Open the box.' },
      { kind: 'paragraph', text: 'Take out the parts.' }
    ])
    expect(markdownToBlocks('- ### Note\n\n  Open the box.').blocks).toEqual([
      { kind: 'heading', text: 'Note' },
      { kind: 'list-item', text: 'Open the box.' }
    ])
  })

  it('numbers ordered lists from their start, as written, and keeps task-list boxes as ballot boxes, ticked or not', () => {
    expect(markdownToBlocks('7. seven\n8. eight\n\n3) three\n\n- [ ] to do\n- [x] done').blocks).toEqual([
      { kind: 'list-item', text: '7. seven' },
      { kind: 'list-item', text: '8. eight' },
      { kind: 'list-item', text: '3. three' },
      { kind: 'list-item', text: '☐ to do' },
      { kind: 'list-item', text: '☑ done' }
    ])
  })

  it('gives a list inside a block quote its list items, and a lazy line to its quote', () => {
    expect(markdownToBlocks('> Intro\n>\n> - a\n> - b\n\n> quoted\nlazily continued').blocks).toEqual([
      { kind: 'quote', text: 'Intro' },
      { kind: 'list-item', text: 'a' },
      { kind: 'list-item', text: 'b' },
      { kind: 'quote', text: 'quoted lazily continued' }
    ])
  })

  it('keeps the spaces inside inline code, in a paragraph and in a table cell', () => {
    const { blocks } = markdownToBlocks('Run `ls  -la   /tmp` now.\n\n| cmd | what |\n|---|---|\n| `a  b` | two |')
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'Run ls  -la   /tmp now.', codeSpans: [{ start: 4, end: 18 }] })
    expect(blocks.at(-1)).toMatchObject({ text: 'a  b · two', codeSpans: [{ start: 0, end: 4 }] })
    // A raw <code> tag is HTML: its spaces collapse as a browser shows them.
    expect(markdownToBlocks('Inline <code>a    b</code> and `c    d`.').blocks[0]).toMatchObject({ text: 'Inline a b and c    d.' })
  })

  it('keeps indented and fenced code verbatim, markup characters, line breaks and indentation included', () => {
    expect(markdownToBlocks('Para\n\n    indented *code*\n    line 2\n\n~~~\nfenced <b>x</b> &amp;\n~~~').blocks).toEqual([
      { kind: 'paragraph', text: 'Para' },
      { kind: 'code', text: 'indented *code*\nline 2' },
      { kind: 'code', text: 'fenced <b>x</b> &amp;' }
    ])
    const fence = '```py\n\ndef area(r):\n    return 3.14 * r  \n\n\n\tprint(area(2))\n\n```'
    expect(markdownToBlocks(fence).blocks).toEqual([{ kind: 'code', text: 'def area(r):\n    return 3.14 * r\n\n\n\tprint(area(2))' }])
  })

  it('reads an indented block of sentences as a paragraph, as converted files indent them', () => {
    const markdown =
      'Intro line.\n\n    Residents of the lower district asked for a new flood wall\n    after the second storm this year.\n\n    for x in range(3):\n        print(x)'
    expect(markdownToBlocks(markdown).blocks).toEqual([
      { kind: 'paragraph', text: 'Intro line.' },
      { kind: 'paragraph', text: 'Residents of the lower district asked for a new flood wall after the second storm this year.' },
      { kind: 'code', text: 'for x in range(3):\n    print(x)' }
    ])
    const prose = '    In 2023, the council spent 4.5 million on 12 new buses for the routes (and\n    more in 2024).'
    expect(markdownToBlocks(prose).blocks).toEqual([
      { kind: 'paragraph', text: 'In 2023, the council spent 4.5 million on 12 new buses for the routes (and more in 2024).' }
    ])
    const comment = '    # Install the dependencies first, then run the tests and check the output.\n    npm install'
    expect(markdownToBlocks(comment).blocks).toEqual([{ kind: 'code', text: comment.replace(/^ {4}/gm, '') }])
    const verse = '    Whose woods these are I think I know.\n    His house is in the village though;\n    He will not see me stopping here.'
    expect(markdownToBlocks(verse).blocks).toEqual([{ kind: 'code', text: verse.replace(/^ {4}/gm, '') }])
  })

  it("reads notes apps' Markdown as the note shows it: wiki-links as their text, highlights, callouts", () => {
    const note = markdownToBlocks(
      'See [[River Notes]], [[tides#High water|the high tide]], [[tides#Low water]] and [[tides#^b1]] beside ![[map.png|Delta map]] and ![[Other note]]; ==this matters==. `[[code]]` and \\[[escaped]] stay.'
    )
    expect(note.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'See River Notes, the high tide, tides > Low water and tides beside and Other note; this matters. [[code]] and [[escaped]] stay.',
        codeSpans: [{ start: 97, end: 105 }]
      }
    ])
    expect(note.droppedImageAlts).toEqual(['Delta map'])
    // Links of their own stay links: a citation "[1]" and a label holding a wiki-link.
    expect(
      markdownToBlocks('Style[[1]](https://w.org/#cite-1) and [see [[Page]]](https://x.org) and [[a|b|c]], [[Tom &amp; Jerry]], ![[m.png|300]].').blocks
    ).toEqual([
      {
        kind: 'paragraph',
        text: 'Style[1] and see Page and b|c, Tom & Jerry, .',
        links: [
          { start: 5, end: 8, href: 'https://w.org/#cite-1' },
          { start: 13, end: 21, href: 'https://x.org/' }
        ]
      }
    ])
    expect(markdownToBlocks('> [!info] ![chart](c.png) Levels\n> Text.').droppedImageAlts).toEqual(['chart'])
    expect(markdownToBlocks('> [!note] Keep in mind\n> The gauge was moved in May.\n\n> [!warning]-\n> Readings before May are off.').blocks).toEqual([
      { kind: 'quote', text: 'Keep in mind' },
      { kind: 'quote', text: 'The gauge was moved in May.' },
      { kind: 'quote', text: 'Warning' },
      { kind: 'quote', text: 'Readings before May are off.' }
    ])
  })

  it('reads addresses written out as links, but not a bare domain name or one in code', () => {
    const [block] = markdownToBlocks('Notes at https://a.org/x, www.b.org/y and desk@c.org; Node.js, `https://d.org` stay text.').blocks
    expect(block!.links?.map((link) => [block!.text.slice(link.start, link.end), link.href])).toEqual([
      ['https://a.org/x', 'https://a.org/x'],
      ['desk@c.org', 'mailto:desk@c.org']
    ])
  })

  it('marks code spans on the words they cover, in paragraphs, headings, table cells and task items', () => {
    const { blocks } = markdownToBlocks(
      '## The `useState` hook\n\nCall ``a `b` c`` and `x`.\n\n| Key | Value |\n|---|---|\n| `id` | `{id}` |\n\n- [x] ran `npm test`\n'
    )
    const codeOf = (block: (typeof blocks)[number]) => (block.codeSpans ?? []).map((span) => block.text.slice(span.start, span.end))
    expect(blocks.map((block) => block.text)).toEqual(['The useState hook', 'Call a `b` c and x.', 'Key · Value', 'id · {id}', '☑ ran npm test'])
    expect(blocks.map(codeOf)).toEqual([['useState'], ['a `b` c', 'x'], [], ['id', '{id}'], ['npm test']])
  })

  it('marks code, keys and output written in inline HTML as code spans, nested keys as one', () => {
    const { blocks } = markdownToBlocks('Press <kbd><kbd>Ctrl</kbd>+<kbd>C</kbd></kbd>, see <samp>done</samp> and <code>x()</code>; <b>bold</b> is text.\n')
    expect(blocks[0]!.text).toBe('Press Ctrl+C, see done and x(); bold is text.')
    expect((blocks[0]!.codeSpans ?? []).map((span) => blocks[0]!.text.slice(span.start, span.end))).toEqual(['Ctrl+C', 'done', 'x()'])
  })

  it('reads back the article text Gloss exports, highlights running through inline code included', () => {
    const text = 'Use the divs here and a x b too.'
    const blocks = [
      {
        kind: 'paragraph' as const,
        text,
        codeSpans: [
          { start: 8, end: 11 },
          { start: 22, end: 27 }
        ]
      }
    ]
    type Placed = Parameters<typeof articleTextAsMarkdown>[1][number]
    const placed = [{ id: 'h', start: 0, end: 17 } as Placed, { id: 'i', start: 23, end: 26 } as Placed]
    const markdown = articleTextAsMarkdown(blocks, placed, 3)
    expect(markdown).toBe('==Use the `div`s here== and `a`==`  x  `==`b` too.')
    const read = markdownToBlocks(markdown).blocks[0]!
    expect(read.text).toBe(text)
  })

  it('keeps the links and code of a run that holds HTML only a DOM can read', () => {
    const { blocks } = markdownToBlocks('Use <tt>ls</tt>, `cd` and [a link](https://e.com/) <span style="x"><div>beside</div></span> `pwd`.\n')
    const block = blocks[0]!
    expect(block.text).toBe('Use ls, cd and a link beside pwd.')
    expect((block.codeSpans ?? []).map((span) => block.text.slice(span.start, span.end))).toEqual(['ls', 'cd', 'pwd'])
    expect(block.links).toEqual([{ start: 15, end: 21, href: 'https://e.com/' }])
  })

  it('keeps a code block inside a list item as code, after the bullet', () => {
    expect(markdownToBlocks('- Run this:\n\n  ```\n  npm  test\n  ```\n- Done').blocks).toEqual([
      { kind: 'list-item', text: 'Run this:' },
      { kind: 'code', text: 'npm  test' },
      { kind: 'list-item', text: 'Done' }
    ])
  })

  it('reads GFM table rows as text, leaving out empty cells', () => {
    expect(markdownToBlocks('| Port | *High* |\n|:-----|-----:|\n| North | 06:12 |\n| South |  |').blocks).toEqual([
      { kind: 'paragraph', text: 'Port · High' },
      { kind: 'paragraph', text: 'North · 06:12' },
      { kind: 'paragraph', text: 'South' }
    ])
  })

  it('keeps footnotes as numbered notes at the end, each reference as its number in brackets, as in HTML files', () => {
    expect(markdownToBlocks('Text[^n] and more.\n\n[^n]: The *note* text.\n\nLast paragraph.').blocks).toEqual([
      { kind: 'paragraph', text: 'Text[1] and more.' },
      { kind: 'paragraph', text: 'Last paragraph.' },
      { kind: 'list-item', text: '1. The note text.' }
    ])
  })

  it('reads HTML blocks like HTML files: text stays, scripts, styles, comments and frames go', () => {
    const markdown =
      '<div class="x">\n<script>alert(1)</script>\n<h2>Boxed</h2>\n<p onclick="x()">Visible</p>\n</div>\n\n<style>p{}</style>\n\n<!-- hidden -->\n\n<iframe src="https://example.com/x"></iframe>\n\n> <p>In a quote</p>\n\nText'
    expect(markdownToBlocks(markdown).blocks).toEqual([
      { kind: 'heading', text: 'Boxed' },
      { kind: 'paragraph', text: 'Visible' },
      { kind: 'quote', text: 'In a quote' },
      { kind: 'paragraph', text: 'Text' }
    ])
  })

  it('keeps the web links of HTML blocks, but not a relative one, which has no page to be relative to', () => {
    const { blocks } = markdownToBlocks('<div>\n<p>See <a href="https://example.com/chart">the chart</a> and <a href="notes.html">my notes</a>.</p>\n</div>\n')
    const block = blocks[0]!
    expect(block.text).toBe('See the chart and my notes.')
    expect(block.links?.map((link) => [block.text.slice(link.start, link.end), link.href])).toEqual([['the chart', 'https://example.com/chart']])
  })

  it('reads a link written in HTML inside a paragraph as a link, as one written in Markdown', () => {
    const { blocks } = markdownToBlocks(
      'Read <a data-href="https://bad.example/" href="https://example.com/a?x=1&amp;y=2" title="r">the report</a>, [the map](https://example.com/map) and <a href="#top">the top</a>.'
    )
    const block = blocks[0]!
    expect(block.text).toBe('Read the report, the map and the top.')
    expect(block.links?.map((link) => [block.text.slice(link.start, link.end), link.href])).toEqual([
      ['the report', 'https://example.com/a?x=1&y=2'],
      ['the map', 'https://example.com/map']
    ])
  })

  it('names the note by an opening heading only, never a section heading', () => {
    const result = readMarkdownFile('notes.md', new TextEncoder().encode('A first paragraph here.\n\n## Background\n\nMore text.\n'))
    expect(result.title).toBeNull()
  })

  it('keeps the links in table cells on their words, past the cells before them', () => {
    const { blocks } = markdownToBlocks(
      '| Port | Stop | Chart |\n| --- | --- | --- |\n| [North](https://example.com/north) |   | [tides  today](https://example.com/tides) |\n'
    )
    const row = blocks[1]!
    expect(row.text).toBe('North · · tides today')
    expect(row.links?.map((link) => [row.text.slice(link.start, link.end), link.href])).toEqual([
      ['North', 'https://example.com/north'],
      ['tides today', 'https://example.com/tides']
    ])
  })

  it('keeps an empty table cell in its place, so values stay under their columns', () => {
    const { blocks } = markdownToBlocks('| Line | Stop | Time |\n| --- | --- | --- |\n| Red | | 09:30 |\n')
    expect(blocks.map((block) => block.text)).toEqual(['Line · Stop · Time', 'Red · · 09:30'])
  })
})
