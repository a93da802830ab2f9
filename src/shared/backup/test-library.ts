// A library fixture with every kind of backup record, built on the export fixtures.
import { DEFAULT_COLOR_MEANINGS } from '../model/annotation'
import { fixtureArticle, fixtureMeta } from '../export/test-fixtures'
import type { BackupData } from './backup-schema'

/** A library with Unicode text, overlapping and orphaned highlights, empty notes, hierarchical tags and settings. */
export function fixtureLibrary(): BackupData {
  const article = fixtureArticle()
  const second = fixtureMeta({
    id: 'article-2',
    title: 'Ghi chú 📝 trống',
    byline: null,
    source: null,
    tags: [],
    progress: 1,
    readingState: 'finished',
    highlightCount: 0,
    trashedAt: Date.UTC(2024, 4, 5)
  })
  return {
    articles: [{ ...article.meta, tags: ['diplomacy/border', 'Việt Nam'] }, second],
    bodies: [
      article.body!,
      {
        articleId: 'article-2',
        blocks: [{ kind: 'paragraph', text: 'Nội dung ngắn. 🇻🇳' }],
        removed: [{ kind: 'nav', text: 'Menu' }],
        repairs: [{ kind: 'mojibake', before: 'Ã©', after: 'é' }],
        warnings: ['short'],
        originalText: 'Nội dung ngắn. 🇻🇳'
      }
    ],
    highlights: article.highlights,
    articleNotes: [
      {
        articleId: 'article-1',
        note: { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tóm tắt' }] }] }, text: 'Tóm tắt' },
        updatedAt: 10
      },
      { articleId: 'article-2', note: { doc: null, text: '' }, updatedAt: 11 }
    ],
    tags: [{ name: 'diplomacy/border', color: '#ff0000' }, { name: 'Việt Nam' }, { name: 'quotes' }],
    settings: [
      { key: 'colorMeanings', value: { ...DEFAULT_COLOR_MEANINGS, yellow: 'Ý chính' } },
      { key: 'reader', value: { fontSize: 18, theme: 'sepia', lineHeight: 1.6 } }
    ]
  }
}
