import { describe, expect, it } from 'vitest'
import { exportAsHtml } from './html'
import { fixtureArticle, fixtureMeta, fullOptions } from './test-fixtures'

describe('exportAsHtml', () => {
  const [file] = exportAsHtml([fixtureArticle()], fullOptions(), 'file-per-article')
  const html = file?.content ?? ''

  it('escapes all article text, titles and notes', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('&lt;/aside&gt;&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(html).toContain('<h1>Phạm Minh Chính: &quot;Borders&quot;, &lt;b&gt;bold&lt;/b&gt; &amp; more</h1>')
    expect(html).not.toContain('<b>')
  })

  it('is standalone: no scripts, no remote resources, print styles inline', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain("default-src 'none'")
    expect(html).toContain('@media print')
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i)
    expect(html).not.toMatch(/(src|url)\s*[=(]\s*["']?https?:/i)
    expect(file?.mimeType).toBe('text/html')
  })

  it('marks overlapping highlights as flat segments with their colour as text', () => {
    expect(html).toContain('<mark class="c-yellow" title="Key point (yellow)">Thủ tướng Phạm </mark>')
    expect(html).toContain('<mark class="c-green overlap" title="Key point (yellow) + Evidence (green)">Minh</mark>')
    expect(html).toContain('<span class="sr-only">[Evidence (green)] </span>')
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/)
    // A highlight crossing paragraphs is split into one mark per paragraph.
    expect(html).toContain('<mark class="c-blue" title="Definition (blue)">today.</mark>')
    expect(html).toContain('<mark class="c-blue" title="Definition (blue)">A second line</mark>')
  })

  it('lists notes with links back to the text, and orphans separately', () => {
    expect(html).toContain('<li id="a1-h1">')
    expect(html).toContain('href="#a1-h1" id="a1-r1"')
    expect(html).toContain('Orphaned highlights')
    expect(html).toContain('A quote that is gone<br>\nover two lines')
    expect(html).toContain('lang="vi"')
  })

  it('writes one page with every article in single-file mode', () => {
    const files = exportAsHtml([fixtureArticle(), fixtureArticle()], fullOptions(), 'single-file')
    expect(files).toHaveLength(1)
    expect(files[0]?.content).toContain('<article id="a2"')
  })
})

describe('exportAsHtml, links', () => {
  const text = 'See the "report" for more.'
  const article = fixtureArticle()
  article.body = {
    ...article.body!,
    blocks: [
      {
        kind: 'paragraph',
        text,
        links: [
          { start: 4, end: 16, href: 'https://a.org/r?x=1&y="2"' },
          { start: 21, end: 25, href: 'javascript:alert(1)' }
        ]
      }
    ],
    originalText: text
  }
  const highlight = { ...article.highlights[0]!, start: 8, end: 20, quote: text.slice(8, 20), orphaned: false }
  article.highlights = [highlight]
  const html = exportAsHtml([article], fullOptions(), 'file-per-article')[0]?.content ?? ''

  it('keeps each link, escaped, cut where a highlight starts and with its reference outside it', () => {
    const body = /<section class="text">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
    expect(body).toContain('See <a href="https://a.org/r?x=1&amp;y=%222%22" rel="noreferrer">the </a>')
    expect(body).toMatch(/<mark [^>]*><a href="https:\/\/a\.org\/r\?x=1&amp;y=%222%22" rel="noreferrer">&quot;report&quot;<\/a><\/mark>/)
    expect(body).not.toMatch(/<a [^>]*>[^<]*<a /)
    expect(html).not.toContain('javascript:')
  })
})

describe('exportAsHtml, the article address', () => {
  it('links the article to its own address, and to nothing unsafe', () => {
    const render = (url: string) => exportAsHtml([{ ...fixtureArticle(), meta: fixtureMeta({ url }) }], fullOptions(), 'file-per-article')[0]?.content ?? ''
    expect(render('https://news.example/storm')).toContain(
      '<dt>Address</dt><dd><a href="https://news.example/storm" rel="noreferrer">https://news.example/storm</a></dd>'
    )
    expect(render('javascript:alert(1)')).not.toContain('Address')
  })
})

describe('exportAsHtml, pictures', () => {
  it('shows a kept picture inline, which the page policy allows, and drops anything else', () => {
    const src = `data:image/png;base64,${'iVBORw0K'.repeat(50)}`
    const article = fixtureArticle()
    article.body = {
      ...article.body!,
      blocks: [
        { kind: 'paragraph', text: 'Before.' },
        { kind: 'image', text: '', image: { src, alt: 'The "quay"' } },
        { kind: 'image', text: '', image: { src: 'https://cdn.example/a.png', alt: 'remote' } }
      ]
    }
    article.highlights = []
    const html = exportAsHtml([article], fullOptions(), 'file-per-article')[0]?.content ?? ''
    expect(html).toContain(`<figure><img src="${src}" alt="The &quot;quay&quot;"></figure>`)
    expect(html).not.toContain('cdn.example')
    expect(html).toContain('img-src data:')
  })
})

describe('exportAsHtml, inline code', () => {
  it('sets inline code in <code>, escaped, inside its link and highlight', () => {
    const text = 'Call <getUser> then save() now.'
    const blocks = [
      {
        kind: 'paragraph' as const,
        text,
        codeSpans: [
          { start: 5, end: 14 },
          { start: 20, end: 26 }
        ],
        links: [{ start: 0, end: 14, href: 'https://a.org/' }]
      }
    ]
    const fixture = fixtureArticle()
    const article = { ...fixture, body: { ...fixture.body!, blocks, originalText: text }, highlights: [] }
    const body = /<section class="text">([\s\S]*?)<\/section>/.exec(exportAsHtml([article], fullOptions(), 'file-per-article')[0]?.content ?? '')?.[1] ?? ''
    expect(body).toContain(
      '<a href="https://a.org/" rel="noreferrer">Call </a><a href="https://a.org/" rel="noreferrer"><code>&lt;getUser&gt;</code></a> then <code>save()</code> now.'
    )
  })
})
