import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import type { Highlight } from '../model/annotation'
import { articlePlainText } from '../model/text'
import { exportAsHtml } from './html'
import { exportAsMarkdown } from './markdown'
import { fixtureArticle, fixtureMeta, fullOptions } from './test-fixtures'
import type { ExportArticle } from './types'

const CODE = 'if (a < b) {\n    print("*not* ==marked==")\n}\n```inner fence```'
const BLOCKS: Block[] = [
  { kind: 'paragraph', text: 'Run the *loop* below.' },
  { kind: 'code', text: CODE }
]
const TEXT = articlePlainText(BLOCKS)

function codeArticle(): ExportArticle {
  const base = fixtureArticle()
  const quote = 'print("*not*'
  const start = TEXT.indexOf(quote)
  const highlight: Highlight = { ...base.highlights[0]!, id: 'h-code', start, end: start + quote.length, quote, prefix: '', suffix: '', orphaned: false }
  return {
    ...base,
    meta: fixtureMeta(),
    body: { articleId: 'article-1', blocks: BLOCKS, removed: [], repairs: [], warnings: [], originalText: TEXT },
    highlights: [highlight]
  }
}

describe('code blocks and numbered items in exports', () => {
  it('go to Markdown verbatim in a fence longer than any backtick run inside, without escapes or marks', () => {
    const [file] = exportAsMarkdown([codeArticle()], fullOptions(), 'file-per-article')
    const text = (file?.content ?? '').split('## Article text')[1] ?? ''
    expect(text).toContain(`Run the \\*loop\\* below.\n\n\`\`\`\`\n${CODE}\n\`\`\`\``)
  })

  it('go to HTML as <pre><code>, escaped, line breaks kept as they are, highlights still marked', () => {
    const [file] = exportAsHtml([codeArticle()], fullOptions(), 'file-per-article')
    const html = file?.content ?? ''
    const pre = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? ''
    expect(pre).toContain('if (a &lt; b) {\n    <span class="sr-only">')
    expect(pre).toMatch(/<mark class="c-[a-z]+"[^>]*>print\(&quot;\*not\*<\/mark>/)
    expect(pre).not.toContain('<br>')
  })

  it('mark a numbered item in HTML so its own number shows instead of a bullet', () => {
    const article = { ...codeArticle(), highlights: [] }
    const blocks: Block[] = [
      { kind: 'list-item', text: '1. Read the gauge.' },
      { kind: 'list-item', text: 'A bullet' }
    ]
    const [file] = exportAsHtml([{ ...article, body: { ...article.body!, blocks, originalText: articlePlainText(blocks) } }], fullOptions(), 'file-per-article')
    expect(file?.content).toContain('<li class="numbered">1. Read the gauge.</li>')
    expect(file?.content).toContain('<li>A bullet</li>')
    expect(file?.content).toContain('li.numbered{list-style:none}')
  })
})
