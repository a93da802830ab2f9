// The notebook's reads: every highlight in the library with the facts of its article, leaving out
// articles in the trash.
import type { Highlight } from '../../shared/model/annotation'
import type { NotebookEntry } from '../../shared/search/notebook'
import { database } from './database'
import { normalizeArticleMeta, normalizeHighlight } from './restore'

/** Every highlight of every article not in the trash, with its article's title, source and tags. */
export async function loadNotebookEntries(): Promise<NotebookEntry[]> {
  const db = database()
  return db.transaction('r', db.highlights, db.articles, async () => {
    const highlights: Highlight[] = (await db.highlights.toArray()).map(normalizeHighlight)
    const articleIds = [...new Set(highlights.map((highlight) => highlight.articleId))]
    const metas = (await db.articles.bulkGet(articleIds)).flatMap((meta) => (meta ? [normalizeArticleMeta(meta)] : []))
    const byId = new Map(metas.filter((meta) => meta.trashedAt === null).map((meta) => [meta.id, meta]))
    return highlights.flatMap((highlight) => {
      const meta = byId.get(highlight.articleId)
      return meta ? [{ highlight, articleTitle: meta.title, source: meta.source, articleTags: meta.tags }] : []
    })
  })
}
