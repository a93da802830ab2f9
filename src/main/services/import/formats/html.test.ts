import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extractHtmlArticle, pageTextBlocks, readHtmlFile, sniffDeclaredCharset } from './html'
import type { BlocksReadResult } from './read-result'

function readBlocks(path: string, bytes: Uint8Array): BlocksReadResult {
  const result = readHtmlFile(path, bytes)
  if (result.kind !== 'blocks') throw new Error(`${path} was read as text`)
  return result
}

const newsPage = readFileSync(new URL('./test-fixtures/news-article.html', import.meta.url))

describe('readHtmlFile', () => {
  it('extracts the article with its structure and metadata', () => {
    const result = readBlocks('/articles/bridge.html', newsPage)
    expect(result.title).toBe('Harbour bridge reopens after two years of repairs')
    expect(result.byline).toBe('Jane Doe')
    expect(result.publishedAt).toBe('2024-03-05T09:30:00Z')
    expect(result.language).toBe('en-GB')
    expect(result.originalText).toContain('<nav>')
    const kinds = result.blocks.map((block) => block.kind)
    expect(kinds).toContain('heading')
    expect(result.blocks).toContainEqual({ kind: 'heading', text: 'What changed' })
    expect(result.blocks).toContainEqual({ kind: 'caption', text: 'The bridge at dawn on its first morning back in service.' })
    expect(result.blocks).toContainEqual({ kind: 'quote', text: 'We are proud of the people who worked through two winters to get this done.' })
    expect(result.blocks).toContainEqual({ kind: 'list-item', text: 'A new cycle lane on the seaward side.' })
    expect(result.blocks.some((block) => block.text.includes('had been delayed by a shortage'))).toBe(true)
    const allText = result.blocks.map((block) => block.text).join('\n')
    expect(allText).not.toMatch(/tracker|font-family|Privacy|Sport/)
    // The page around the story is left out, but recorded, so nothing goes without a trace.
    const outside = result.removed.map((removal) => removal.text).join('\n')
    expect(outside).toMatch(/Privacy/)
    expect(outside).toMatch(/Sport/)
    expect(outside).not.toMatch(/tracker|font-family/)
    expect(result.removed.every((removal) => removal.kind === 'outside-the-article' && !allText.includes(removal.text))).toBe(true)
  })

  it("keeps the story's links, relative ones resolved against the page's own address", () => {
    const story = (head: string, before = '') =>
      `${before}<html><head>${head}</head><body><nav><a href="/sport">Sport</a></nav><article><h1>Ferries stop as storm nears</h1>` +
      '<p>The ferry company said all crossings would stop at noon, <a href="/travel/ferries">its timetable page</a> says, and <a href="mailto:desk@news.example">the desk</a> will update readers.</p>' +
      '<p>Harbour staff tied down the smaller boats overnight, and the coastguard asked sailors to stay in port until the wind drops on Sunday.</p></article></body></html>'
    const linksOf = (html: string) =>
      extractHtmlArticle(html).blocks.flatMap((block) => (block.links ?? []).map((link) => [block.text.slice(link.start, link.end), link.href]))
    const expected = [
      ['its timetable page', 'https://news.example/travel/ferries'],
      ['the desk', 'mailto:desk@news.example']
    ]
    expect(linksOf(story('<link rel="canonical" href="https://news.example/world/storm.html">'))).toEqual(expected)
    expect(linksOf(story('<base href="https://news.example/world/">'))).toEqual(expected)
    expect(linksOf(story('', '<!-- saved from url=(0038)https://news.example/world/storm.html -->\n'))).toEqual(expected)
    // With no address of its own, a relative link leads nowhere and is left out; its words stay.
    expect(linksOf(story(''))).toEqual([expected[1]])
    // The address is the article's own, kept to lead back to it.
    expect(extractHtmlArticle(story('<link rel="canonical" href="https://news.example/world/storm.html">')).url).toBe('https://news.example/world/storm.html')
    expect(extractHtmlArticle(story('', '<!-- saved from url=(0038)https://news.example/world/storm.html -->\n')).url).toBe(
      'https://news.example/world/storm.html'
    )
    expect(extractHtmlArticle(story('<link rel="canonical" href="/world/storm.html">')).url).toBeNull()
    const singleFile = '<!--\n Page saved with SingleFile \n url: https://news.example/world/storm.html \n saved date: Mon Nov 23 2026\n-->\n'
    expect(extractHtmlArticle(story('', singleFile)).url).toBe('https://news.example/world/storm.html')
    // A <base> sets what links are relative to (itself relative to the page's address), not the article's address.
    const based = extractHtmlArticle(story('<base href="/other/"><link rel="canonical" href="https://news.example/world/storm.html">'))
    expect(based.url).toBe('https://news.example/world/storm.html')
    expect(based.blocks.flatMap((block) => (block.links ?? []).map((link) => link.href))).toContain('https://news.example/travel/ferries')
  })

  it('keeps the text of a short page (a bare fragment without <html> or <body>)', () => {
    const article = extractHtmlArticle('<p>Just one short line.</p><ul><li>and an item</li></ul>')
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'Just one short line.' },
      { kind: 'list-item', text: 'and an item' }
    ])
  })

  it("reads every word of a page's body as its original text: menus and footers too, no scripts or styles", () => {
    const page =
      '<html><head><title>T</title><style>p{}</style></head><body><nav>Home</nav><p>Story <b>text</b>.</p><script>alert(1)</script><footer>Contact</footer></body></html>'
    expect(pageTextBlocks(page)).toEqual([
      { kind: 'paragraph', text: 'Home' },
      { kind: 'paragraph', text: 'Story text.' },
      { kind: 'paragraph', text: 'Contact' }
    ])
    expect(pageTextBlocks('')).toEqual([])
    // A file of plain text saved as .html: its paragraphs, not one run of text.
    expect(pageTextBlocks('First paragraph.\n\nSecond paragraph.')).toEqual([
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'paragraph', text: 'Second paragraph.' }
    ])
  })

  it('falls back to the whole body when Readability finds nothing', () => {
    // Readability skips hidden elements, so a page whose text is all hidden gives it nothing.
    const article = extractHtmlArticle('<html><body><div hidden><p>Text revealed by a script.</p></div></body></html>')
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Text revealed by a script.' }])
    expect(article.warnings).toEqual(['No main article was found, so the whole page was imported'])
    expect(article.removed).toEqual([])
  })

  it('decodes a legacy encoding declared in a meta tag', () => {
    const html = '<html><head><meta charset="iso-8859-7"><title>Τίτλος</title></head><body><p>Καλημέρα κόσμε</p></body></html>'
    const bytes = iconv.encode(html, 'iso-8859-7')
    expect(sniffDeclaredCharset(bytes)).toBe('iso-8859-7')
    const result = readBlocks('greek.html', bytes)
    expect(result.title).toBe('Τίτλος')
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: 'Καλημέρα κόσμε' }])
  })

  it('reads the date from JSON-LD or <time> when no meta tag gives it', () => {
    const jsonLd = extractHtmlArticle(
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"Article","datePublished":"2023-11-02","author":[{"name":"A. Writer"}]}]}</script></head><body><p>Text.</p></body></html>'
    )
    expect(jsonLd.publishedAt).toBe('2023-11-02')
    expect(jsonLd.byline).toBe('A. Writer')
    expect(extractHtmlArticle('<body><p>Posted <time datetime="2022-01-09T10:00">today</time></p></body>').publishedAt).toBe('2022-01-09T10:00')
  })

  it('names the site as the source and strips its name from the title', () => {
    const page = (head: string): string =>
      `<html><head>${head}</head><body><article><p>The council voted to reopen the harbour bridge on Monday.</p></article></body></html>`
    const stated = extractHtmlArticle(page('<title>Bridge reopens on Monday | Coastal Gazette</title><meta property="og:site_name" content="Coastal Gazette">'))
    expect(stated.title).toBe('Bridge reopens on Monday')
    expect(stated.source).toBe('Coastal Gazette')
    const addressed = extractHtmlArticle(
      page('<meta property="og:title" content="Bridge reopens on Monday - Gazette"><link rel="canonical" href="https://www.gazette.co.uk/news/bridge">')
    )
    expect(addressed.title).toBe('Bridge reopens on Monday')
    expect(addressed.source).toBe('gazette.co.uk')
    const relative = extractHtmlArticle(page('<title>Bridge reopens on Monday - News</title><link rel="canonical" href="/news/2020/bridge.html">'))
    expect(relative.source).toBeNull()
    expect(extractHtmlArticle(page('<link rel="canonical" href="story.html">')).source).toBeNull()
    expect(extractHtmlArticle(page('<meta property="og:url" content="www.elmundo.es/espana/1.html">')).source).toBe('elmundo.es')
    expect(relative.title).toBe('Bridge reopens on Monday - News')
    const published = extractHtmlArticle(page('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Gazette Media"}}</script>'))
    expect(published.source).toBe('Gazette Media')
  })

  it('takes the byline from the first source that names someone, cleaned', () => {
    const article = extractHtmlArticle(
      '<html><head><meta property="article:author" content="https://www.facebook.com/jane.doe"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"By JANE DOE"}}</script></head><body><p>Text of the story.</p></body></html>'
    )
    expect(article.byline).toBe('Jane Doe')
  })

  it('reads a file of plain text saved as .html as text, paragraphs and all', () => {
    const result = readHtmlFile('saved.html', new TextEncoder().encode('First paragraph of the story.\n\nSecond paragraph, with 3 < 4 in it.\n'))
    expect(result).toEqual({ kind: 'text', text: 'First paragraph of the story.\n\nSecond paragraph, with 3 < 4 in it.\n', warnings: [] })
  })
})
