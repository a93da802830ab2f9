import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { highlightBlockId } from './block-id'
import { exportAsMarkdown } from './markdown'
import { fixtureArticle, fixtureMeta, fullOptions } from './test-fixtures'

function splitFrontMatter(content: string): { properties: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content)
  if (match === null) throw new Error('no front matter')
  return { properties: parse(match[1] as string) as Record<string, unknown>, body: match[2] as string }
}

describe('exportAsMarkdown', () => {
  const [file] = exportAsMarkdown([fixtureArticle()], fullOptions(), 'file-per-article')
  const { properties, body } = splitFrontMatter(file?.content ?? '')

  it('names the file after the title and writes parseable front matter', () => {
    expect(file?.fileName).toBe('Phạm Minh Chính Borders, b bold b & more.md')
    expect(file?.mimeType).toBe('text/markdown')
    expect(properties).toEqual({
      title: 'Phạm Minh Chính: "Borders", <b>bold</b> & more',
      author: 'Nguyễn Văn A, staff',
      source: 'https://example.com/a?x=1&y=2',
      published: '2024-04-30',
      imported: '2024-05-01T00:00:00.000Z',
      tags: ['diplomacy/border', 'Việt-Nam'],
      id: 'article-1'
    })
  })

  it("adds the article's own address when it has one", () => {
    const clipped = { ...fixtureArticle(), meta: fixtureMeta({ url: 'https://news.example/storm' }) }
    const [clip] = exportAsMarkdown([clipped], fullOptions(), 'file-per-article')
    expect(splitFrontMatter(clip?.content ?? '').properties.url).toBe('https://news.example/storm')
    expect(properties).not.toHaveProperty('url')
  })

  it('lists highlights in reading order as blockquotes with block ids, colours, tags and notes', () => {
    const order = ['Thủ tướng Phạm Minh', 'Minh Chính said', 'today.', '\\<script\\>alert']
    const positions = order.map((quote) => body.indexOf(`> ${quote}`))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(body).toContain(`^${highlightBlockId('h-overlap-a')}`)
    expect(body).toContain('Evidence (green) #diplomacy/border #quotes')
    expect(body).toContain('**Bold** claim, \\<script\\>x\\</script\\>\n\n- point')
    expect(body).toContain('Phạm, "quoted", comma\nnewline 😀')
    // A quote spanning two paragraphs stays inside one blockquote.
    expect(body).toContain('> today.\n>\n> A second line')
  })

  it('keeps block ids valid and stable', () => {
    for (const id of ['h-overlap-a', 'f47ac10b-58cc-4372-a567-0e02b2c3d479', 'weird id/with:chars', '']) {
      expect(highlightBlockId(id)).toMatch(/^gloss-[a-z0-9-]+$/)
      expect(highlightBlockId(id)).toBe(highlightBlockId(id))
    }
    expect(highlightBlockId('a-1')).not.toBe(highlightBlockId('a1'))
  })

  it('puts orphans in their own section', () => {
    const orphanSection = body.slice(body.indexOf('## Orphaned highlights'))
    expect(orphanSection).toContain('> A quote that is gone\n> over two lines')
    expect(body.indexOf('## Orphaned highlights')).toBeGreaterThan(body.indexOf('## Highlights'))
  })

  it('marks highlighted spans in the article text, merging overlaps and never nesting', () => {
    const text = body.slice(body.indexOf('## Article text'))
    expect(text).toContain('==Thủ tướng Phạm Minh Chính said, "borders==')
    expect(text).toContain('\\=\\=eq\\=\\= 🎉 ==today.==\n\n==A second line==')
    expect(text).toContain('> \\- not a list, 1. not ordered')
    expect(text).toContain('### Phạm Minh Chính thăm Hà Nội')
    expect(text).toContain('- First item\n\n- Second item')
    expect(text).not.toMatch(/====/)
    for (const line of text.split('\n')) expect((line.match(/(?<!\\)==/g) ?? []).length % 2).toBe(0)
  })

  it('leaves out what the options exclude', () => {
    const [bare] = exportAsMarkdown(
      [fixtureArticle()],
      fullOptions({ includeArticleText: false, includeNotes: false, includeTags: false, includeColors: false }),
      'file-per-article'
    )
    const { properties: props, body: text } = splitFrontMatter(bare?.content ?? '')
    expect(props.tags).toBeUndefined()
    expect(text).not.toContain('## Article text')
    expect(text).not.toContain('Key point')
    expect(text).not.toContain('#diplomacy')
    expect(text).not.toContain('Article note')
  })

  it('writes one file with every article in single-file mode', () => {
    const second = { ...fixtureArticle(), meta: fixtureMeta({ id: 'article-2', title: 'Second: a [link]' }) }
    const files = exportAsMarkdown([fixtureArticle(), second], fullOptions(), 'single-file')
    expect(files).toHaveLength(1)
    const { properties: props, body: text } = splitFrontMatter(files[0]?.content ?? '')
    expect(props).toEqual({ title: 'Gloss export', exported: '2024-06-01T12:00:00.000Z', articles: 2 })
    expect(text).toContain('# Second: a \\[link\\]')
    expect(text).toContain('- id: article-2')
    expect(text).toContain('- tags: #diplomacy/border #Việt-Nam')
    expect(files[0]?.fileName).toBe('Gloss export 2024-06-01.md')
  })

  it('dedupes file names of articles with the same title', () => {
    const files = exportAsMarkdown([fixtureArticle(), fixtureArticle()], fullOptions(), 'file-per-article')
    expect(files[1]?.fileName.endsWith(' (2).md')).toBe(true)
  })
})
