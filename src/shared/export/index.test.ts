import { describe, expect, it } from 'vitest'
import type { Highlight } from '../model/annotation'
import { exportArticles, previewExport } from './index'
import { fixtureArticle, fixtureMeta, fullOptions, highlightOver } from './test-fixtures'
import type { ExportArticle } from './types'

describe('exportArticles', () => {
  it('dispatches every format', () => {
    const names = (['md', 'csv', 'w3c', 'html'] as const).map((format) => exportArticles(format, [fixtureArticle()], fullOptions(), 'single-file')[0]?.fileName)
    expect(names).toEqual(['Gloss export 2024-06-01.md', 'Gloss export 2024-06-01.csv', 'Gloss export 2024-06-01.json', 'Gloss export 2024-06-01.html'])
  })

  it('previews the first lines of the first file', () => {
    const preview = previewExport('md', [fixtureArticle(), fixtureArticle()], fullOptions(), 'file-per-article', 3)
    expect(preview.split('\n')).toEqual(['---', 'title: \'Phạm Minh Chính: "Borders", <b>bold</b> & more\'', 'author: Nguyễn Văn A, staff'])
    expect(previewExport('csv', [], fullOptions(), 'file-per-article')).toBe('')
  })

  it('exports 10,000 articles × 5 highlights to Markdown in memory (timing is logged, not asserted)', () => {
    const base = fixtureArticle()
    const quotes = ['Thủ tướng Phạm Minh', 'Minh Chính said', 'today.\n\nA second line', 'It continues.', 'First item']
    const articles: ExportArticle[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...base,
      meta: fixtureMeta({ id: `article-${i}`, title: `Article ${i % 2000}: ${base.meta.title}` }),
      highlights: quotes.map((quote, j): Highlight =>
        highlightOver(`h-${i}-${j}`, quote, { tags: ['diplomacy/border'], note: { doc: null, text: `note ${j}` } })
      )
    }))
    for (const includeArticleText of [false, true]) {
      const started = performance.now()
      const files = exportArticles('md', articles, fullOptions({ includeArticleText }), 'file-per-article')
      const elapsed = performance.now() - started
      console.log(`markdown export, 10,000 articles × 5 highlights, includeArticleText=${includeArticleText}: ${elapsed.toFixed(0)} ms`)
      expect(files).toHaveLength(10_000)
      expect(new Set(files.map((file) => file.fileName.toLowerCase())).size).toBe(10_000)
    }
  })
})
