import { describe, expect, it } from 'vitest'
import { markdownToBlocks } from './markdown'

const textsOf = (markdown: string): string[] => markdownToBlocks(markdown).blocks.map((block) => block.text)

describe('inlineText (through markdownToBlocks)', () => {
  it('keeps the text of reference-style links and drops reference-style images defined elsewhere', () => {
    const result = markdownToBlocks('See [the docs][docs], [Docs] and ![the *logo*][img] here.\n\n[docs]: https://example.com/docs "Docs"\n[img]: logo.png')
    expect(result.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'See the docs, Docs and here.',
        links: [
          { start: 4, end: 12, href: 'https://example.com/docs' },
          { start: 14, end: 18, href: 'https://example.com/docs' }
        ]
      }
    ])
    expect(result.droppedImageAlts).toEqual(['the logo'])
  })

  it('leaves brackets without a matching definition as written', () => {
    expect(textsOf('A [missing][ref] link and [plain] brackets.')).toEqual(['A [missing][ref] link and [plain] brackets.'])
  })

  it('turns hard line breaks (two spaces, backslash) and soft breaks into spaces', () => {
    expect(textsOf('line one  \nline two\\\nline three\nline four')).toEqual(['line one line two line three line four'])
  })

  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(textsOf('&copy; &amp; &#169; &#xA9; &nbsp;x &bogus; &lt;b&gt; &#0;')).toEqual(['© & © © x &bogus; <b> \ufffd'])
  })

  it('takes backslash-escaped characters literally', () => {
    expect(textsOf('\\*not em\\* \\_x\\_ \\# \\[y\\](z) \\<b> \\\\')).toEqual(['*not em* _x_ # [y](z) <b> \\'])
  })

  it('handles emphasis edge cases by CommonMark, keeping snake_case_words intact', () => {
    expect(textsOf('snake_case_words, *a*b*, **bold**text, _under_, 2*3*4, ***both***, ~~struck~~ and `a * b_c`')).toEqual([
      'snake_case_words, ab*, boldtext, under, 234, both, struck and a * b_c'
    ])
  })

  it('keeps autolinks as their address', () => {
    expect(textsOf('Write to <mailto:a@example.com> or see <https://example.com/a_b>.')).toEqual([
      'Write to mailto:a@example.com or see https://example.com/a_b.'
    ])
  })

  it('drops inline HTML tags but keeps their text, without the content of scripts and styles', () => {
    expect(
      textsOf(
        'Press <kbd>Ctrl</kbd>+<kbd>C</kbd><!-- note --> then <script>alert(1)</script><style>p{}</style>go <img src="https://example.com/t.png" onerror="x()">on<br>next <span onclick="x()">line</span>.'
      )
    ).toEqual(['Press Ctrl+C then go on next line.'])
  })

  it('reads other inline tags through the HTML reader, so a <div> or <template> leaks no markup', () => {
    expect(textsOf('a <div>b</div> c <template><p>hidden</p></template> <u>d</u> <x-custom>e</x-custom> &lt;f&gt;')).toEqual(['a b c d e <f>'])
  })

  it('drops an image inside a link but records its alt text', () => {
    const result = markdownToBlocks('[![Build status](https://example.com/badge.svg)](https://example.com) Release notes')
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: 'Release notes' }])
    expect(result.droppedImageAlts).toEqual(['Build status'])
  })
})
