// Shared fixtures for export tests: a Unicode-heavy article with overlapping, cross-block,
// orphaned and hostile (markup-laden) highlights, built from the real domain types.
import { DEFAULT_COLOR_MEANINGS, type Highlight } from '../model/annotation'
import type { ArticleMeta } from '../model/article'
import type { Block } from '../model/document'
import { articlePlainText } from '../model/text'
import type { ExportArticle, ExportOptions } from './types'

/** Blocks covering every block kind, with Vietnamese, emoji, Markdown and HTML specials. */
export const FIXTURE_BLOCKS: Block[] = [
  { kind: 'heading', text: 'Phạm Minh Chính thăm Hà Nội' },
  { kind: 'paragraph', text: 'Thủ tướng Phạm Minh Chính said, "borders matter", and *stars* #hash ==eq== 🎉 today.' },
  { kind: 'paragraph', text: 'A second line with <script>alert("x")</script> & more.\nIt continues.' },
  { kind: 'quote', text: '- not a list, 1. not ordered' },
  { kind: 'list-item', text: 'First item' },
  { kind: 'list-item', text: 'Second item' }
]

/** The plain text highlight offsets refer to. */
export const FIXTURE_TEXT = articlePlainText(FIXTURE_BLOCKS)

/** Builds a highlight over `quote` (its nth occurrence) in the fixture text. */
export function highlightOver(id: string, quote: string, extra: Partial<Highlight> = {}): Highlight {
  const start = FIXTURE_TEXT.indexOf(quote)
  if (start < 0) throw new Error(`quote not in fixture: ${quote}`)
  return {
    id,
    articleId: 'article-1',
    start,
    end: start + quote.length,
    quote,
    prefix: FIXTURE_TEXT.slice(Math.max(0, start - 32), start),
    suffix: FIXTURE_TEXT.slice(start + quote.length, start + quote.length + 32),
    color: 'yellow',
    note: { doc: null, text: '' },
    tags: [],
    orphaned: false,
    createdAt: Date.UTC(2024, 4, 1, 8, 30, 15),
    updatedAt: Date.UTC(2024, 4, 2, 9, 0, 0),
    ...extra
  }
}

/** Metadata for a fixture article. */
export function fixtureMeta(extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id: 'article-1',
    title: 'Phạm Minh Chính: "Borders", <b>bold</b> & more',
    byline: 'Nguyễn Văn A, staff',
    publishedAt: '2024-04-30',
    publishedPartial: null,
    source: 'https://example.com/a?x=1&y=2',
    url: null,
    language: 'vi',
    fileName: 'article.html',
    format: 'html',
    wordCount: 42,
    highlightCount: 5,
    tags: ['diplomacy/border', 'Việt Nam', 'diplomacy/border'],
    readingState: 'reading',
    progress: 0.5,
    addedAt: Date.UTC(2024, 4, 1),
    updatedAt: Date.UTC(2024, 4, 2),
    trashedAt: null,
    ...extra
  }
}

/** The main fixture article: overlapping, cross-block, orphaned and hostile highlights. */
export function fixtureArticle(): ExportArticle {
  return {
    meta: fixtureMeta(),
    body: { articleId: 'article-1', blocks: FIXTURE_BLOCKS, removed: [], repairs: [], warnings: [], originalText: FIXTURE_TEXT },
    highlights: [
      highlightOver('h-overlap-b', 'Minh Chính said, "borders', {
        color: 'green',
        tags: ['diplomacy/border', 'quotes'],
        note: {
          doc: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'Bold ', marks: [{ type: 'bold' }] },
                  { type: 'text', text: 'claim, <script>x</script>' }
                ]
              },
              { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'point' }] }] }] }
            ]
          },
          text: 'Bold claim, <script>x</script>\npoint'
        }
      }),
      highlightOver('h-overlap-a', 'Thủ tướng Phạm Minh', { tags: ['Việt Nam'], note: { doc: null, text: 'Phạm, "quoted", comma\nnewline 😀' } }),
      highlightOver('h-cross', 'today.\n\nA second line', { color: 'blue' }),
      highlightOver('h-script', '<script>alert("x")</script>', { color: 'pink', note: { doc: null, text: '</aside><script>alert(2)</script>' } }),
      { ...highlightOver('h-orphan', 'First item', { color: 'purple' }), orphaned: true, quote: 'A quote that is gone\nover two lines' }
    ],
    articleNote: { doc: null, text: 'Article note with *stars*' }
  }
}

/** Options that include everything, at a fixed export time. */
export function fullOptions(extra: Partial<ExportOptions> = {}): ExportOptions {
  return {
    includeArticleText: true,
    includeNotes: true,
    includeTags: true,
    includeColors: true,
    colorMeanings: { ...DEFAULT_COLOR_MEANINGS },
    exportedAt: new Date(Date.UTC(2024, 5, 1, 12, 0, 0)),
    ...extra
  }
}
