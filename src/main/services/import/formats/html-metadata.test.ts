import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { readHtmlMetadata, type MetaDocument } from './html-metadata'

const read = (html: string) => readHtmlMetadata(parseHTML(html).document as unknown as MetaDocument)

describe('readHtmlMetadata', () => {
  it('prefers Open Graph over the title tag, and the first tag of a kind', () => {
    const page = `<html lang="vi"><head><title>Site | Story</title><meta property="og:title" content="The Story"><meta property="og:title" content="Second"></head><body><h1>Heading</h1></body></html>`
    expect(read(page)).toMatchObject({ title: 'The Story', language: 'vi' })
  })

  it('falls back from an empty tag to the next source, then to the title and h1', () => {
    expect(read('<html><head><meta property="og:title" content=" "><title>Site title</title></head><body></body></html>').title).toBe('Site title')
    expect(read('<html><head></head><body><h1>Only a heading</h1></body></html>').title).toBe('Only a heading')
  })

  it('compares names without case where the selectors did (Dublin Core, Content-Language)', () => {
    const page = `<html><head><meta name="DC.Creator" content="Lan Pham"><meta name="DC.Date" content="2023-12-22"><meta http-equiv="Content-Language" content="en-GB"></head><body></body></html>`
    expect(read(page)).toMatchObject({ byline: 'Lan Pham', publishedAt: '2023-12-22', language: 'en-GB' })
  })

  it('does not fold case where the selectors did not', () => {
    expect(read('<html><head><meta property="OG:TITLE" content="Shouted"><title>Quiet</title></head></html>').title).toBe('Quiet')
  })

  it('reads the date from article metadata, then JSON-LD, then a time element', () => {
    expect(read('<html><head><meta property="article:published_time" content="2024-01-05T08:00:00Z"></head></html>').publishedAt).toMatch(/^2024-01-05/)
    const linked = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-04-14","author":{"name":"Minh Anh"}}</script></head></html>`
    expect(read(linked)).toMatchObject({ publishedAt: '2022-04-14', byline: 'Minh Anh' })
    expect(read('<html><body><header><time datetime="2021-03-02">March 2</time></header></body></html>').publishedAt).toBe('2021-03-02')
  })

  it('keeps a publication date without a year as partial, never inventing one', () => {
    expect(read('<html><head><meta name="date" content="March 5"></head></html>')).toMatchObject({ publishedAt: null, publishedPartial: 'March 5' })
    const yearless = '<html><body><header><time class="published" datetime="--07-12">July 12</time></header></body></html>'
    expect(read(yearless)).toMatchObject({ publishedAt: null, publishedPartial: 'July 12' })
    expect(read('<html><head><meta name="date" content="2024-03-05"></head></html>')).toMatchObject({ publishedAt: '2024-03-05', publishedPartial: null })
  })

  it('takes no date from a time the story itself mentions', () => {
    expect(read('<html><body><p>Gates open on <time datetime="2031-07-12">July 12</time>.</p></body></html>').publishedAt).toBeNull()
  })

  it("reads the page's own address, and what its links are relative to", () => {
    expect(read('<link rel="canonical" href="https://news.example/world/storm.html"><base href="/other/">')).toMatchObject({
      address: 'https://news.example/world/storm.html',
      linkBase: 'https://news.example/other/'
    })
    expect(read('<meta property="og:url" content="https://news.example/a">')).toMatchObject({
      address: 'https://news.example/a',
      linkBase: 'https://news.example/a'
    })
    expect(read('<base href="https://cdn.example/">')).toMatchObject({ address: null, linkBase: 'https://cdn.example/' })
    expect(read('<base href="relative/"><link rel="canonical" href="javascript:alert(1)">')).toMatchObject({ address: null, linkBase: null })
  })
})
