import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from './escape-markdown'
import { noteToMarkdown, tiptapToMarkdown } from './tiptap-to-markdown'

const text = (value: string, marks: Array<Record<string, unknown>> = []) => ({ type: 'text', text: value, marks })
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content })
const doc = (...content: unknown[]) => ({ type: 'doc', content })

describe('tiptapToMarkdown', () => {
  it('converts every StarterKit node', () => {
    const markdown = tiptapToMarkdown(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
        paragraph(
          text('plain '),
          text('bold', [{ type: 'bold' }]),
          text(' and '),
          text('it', [{ type: 'italic' }]),
          text(' '),
          text('gone', [{ type: 'strike' }])
        ),
        paragraph(text('a`b', [{ type: 'code' }]), text(' '), text('link', [{ type: 'link', attrs: { href: 'https://x.org/a b(c)' } }])),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph(text('one'))] },
            { type: 'listItem', content: [paragraph(text('two'))] }
          ]
        },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('three'))] }] },
        { type: 'blockquote', content: [paragraph(text('quoted'), { type: 'hardBreak' }, text('next'))] },
        { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = "```"')] },
        { type: 'horizontalRule' }
      )
    )
    expect(markdown).toBe(
      [
        '## Title',
        'plain **bold** and *it* ~~gone~~',
        '``a`b`` [link](<https://x.org/a b(c)>)',
        '- one\n- two',
        '3. three',
        '> quoted\\\n> next',
        '````ts\nconst a = "```"\n````',
        '---'
      ].join('\n\n')
    )
  })

  it('keeps marks well-formed across adjacent runs and whitespace', () => {
    const markdown = tiptapToMarkdown(doc(paragraph(text('bold ', [{ type: 'bold' }]), text('both', [{ type: 'bold' }, { type: 'italic' }]), text(' after'))))
    expect(markdown).toBe('**bold *both*** after')
  })

  it('escapes Markdown specials in text', () => {
    expect(tiptapToMarkdown(doc(paragraph(text('*a* _b_ #tag ==c== [x](y) <b>'))))).toBe('\\*a\\* \\_b\\_ \\#tag \\=\\=c\\=\\= \\[x\\](y) \\<b\\>')
    expect(escapeMarkdown('- item\n1. one\n+ two')).toBe('\\- item\n1\\. one\n\\+ two')
  })

  it('degrades unknown or malformed nodes to their text', () => {
    expect(tiptapToMarkdown(doc({ type: 'mention', attrs: { label: 'Ann' } }, { type: 'table', content: [{ type: 'row', content: [text('cell')] }] }))).toBe(
      'Ann\n\ncell'
    )
    expect(tiptapToMarkdown(null)).toBe('')
    expect(tiptapToMarkdown({ type: 'doc', content: 'nonsense' })).toBe('')
    expect(tiptapToMarkdown(doc(paragraph({ type: 'text', text: 42 }, text('ok'))))).toBe('ok')
  })

  it('survives very deep documents', () => {
    let node: Record<string, unknown> = paragraph(text('deep'))
    for (let i = 0; i < 5000; i++) node = { type: 'blockquote', content: [node] }
    expect(tiptapToMarkdown(doc(node))).toContain('deep')
  })

  it('falls back to the plain text when a note has no document', () => {
    expect(noteToMarkdown({ doc: null, text: '  #not a heading  ' })).toBe('\\#not a heading')
    expect(noteToMarkdown({ doc: doc(), text: 'fallback' })).toBe('fallback')
    expect(noteToMarkdown(null)).toBe('')
  })
})
