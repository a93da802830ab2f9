import { describe, expect, it } from 'vitest'
import { fixtureArticle, fullOptions } from '../export/test-fixtures'
import { exportAsW3cAnnotations } from '../export/w3c-annotations'
import { parseGlossW3cExport } from './parse-w3c-export'

describe('parseGlossW3cExport', () => {
  it('reads back what the W3C exporter wrote', () => {
    const article = fixtureArticle()
    const [file] = exportAsW3cAnnotations([article], fullOptions(), 'single-file')
    const parsed = parseGlossW3cExport(file?.content ?? '')
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value).toHaveLength(article.highlights.length)
    for (const highlight of article.highlights) {
      const annotation = parsed.value.find((a) => a.highlightId === highlight.id)
      expect(annotation).toMatchObject({
        articleId: 'article-1',
        quote: { exact: highlight.quote, prefix: highlight.prefix, suffix: highlight.suffix },
        position: highlight.orphaned ? null : { start: highlight.start, end: highlight.end },
        color: highlight.color,
        tags: highlight.tags,
        created: new Date(highlight.createdAt).toISOString()
      })
    }
    expect(parsed.value.find((a) => a.highlightId === 'h-overlap-a')?.note).toBe('Phạm, "quoted", comma\nnewline 😀')
  })

  it('accepts a single foreign annotation and refuses non-annotations', () => {
    const foreign = {
      type: 'Annotation',
      target: { source: 'https://x.org', selector: { type: 'TextQuoteSelector', exact: 'hi' } },
      body: { type: 'TextualBody', value: 'n', purpose: 'commenting' }
    }
    const parsed = parseGlossW3cExport(foreign)
    expect(parsed.ok && parsed.value[0]).toMatchObject({ articleId: null, highlightId: null, source: 'https://x.org', quote: { exact: 'hi' }, note: 'n' })
    expect(parseGlossW3cExport('{"format":"gloss-backup"}').ok).toBe(false)
    expect(parseGlossW3cExport('{oops').ok).toBe(false)
  })
})
