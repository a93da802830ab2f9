// Builds the search documents of one article from its stored records: the article itself, each
// highlight (quote and note, with the article's tags so `tag:` finds highlights in tagged articles),
// and the article's note.
import type { ArticleMeta } from '../model/article'
import type { Highlight } from '../model/annotation'
import { articleKey, highlightKey, noteKey, type SearchDocument } from './search-document'

/** Everything the index needs about one article. */
export interface ArticleRecords {
  meta: ArticleMeta
  text: string
  highlights: readonly Highlight[]
  noteText: string | null
}

/** The documents to index for an article; none for an article in the trash. */
export function documentsFromRecords({ meta, text, highlights, noteText }: ArticleRecords): SearchDocument[] {
  if (meta.trashedAt !== null) return []
  const base = { articleId: meta.id, source: meta.source }
  const documents: SearchDocument[] = [
    { ...base, key: articleKey(meta.id), kind: 'article', title: meta.title, text: [meta.byline ?? '', text].join('\n'), tags: meta.tags, color: null }
  ]
  for (const highlight of highlights) {
    const tags = [...new Set([...highlight.tags, ...meta.tags])]
    documents.push({
      ...base,
      key: highlightKey(highlight.id),
      kind: 'highlight',
      title: '',
      text: `${highlight.quote}\n${highlight.note.text}`,
      tags,
      color: highlight.color
    })
  }
  if (noteText?.trim()) documents.push({ ...base, key: noteKey(meta.id), kind: 'note', title: '', text: noteText, tags: meta.tags, color: null })
  return documents
}
