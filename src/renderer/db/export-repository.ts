// Gathers everything an export needs for a set of articles, in one read transaction.
import type { ExportRequest } from '../../shared/ipc/export-schemas'
import { database } from './database'
import { normalizeArticleBody, normalizeArticleMeta, normalizeHighlight } from './restore'

type ExportArticle = ExportRequest['articles'][number]

/** The articles with bodies, highlights (reading order) and notes, in the order of ids. */
export async function loadExportArticles(ids: readonly string[]): Promise<ExportArticle[]> {
  const db = database()
  return db.transaction('r', db.articles, db.bodies, db.highlights, db.articleNotes, async () => {
    const articles: ExportArticle[] = []
    for (const id of ids) {
      const meta = await db.articles.get(id)
      if (!meta) continue
      const body = await db.bodies.get(id)
      const highlights = (await db.highlights.where('articleId').equals(id).toArray()).map(normalizeHighlight).sort((a, b) => a.start - b.start)
      const note = await db.articleNotes.get(id)
      articles.push({
        meta: normalizeArticleMeta(meta),
        body: body ? normalizeArticleBody(body) : null,
        highlights,
        articleNote: note ? { doc: note.doc, text: note.text } : null
      })
    }
    return articles
  })
}
