// What the search worker reads from storage: an article's records to index, and the records
// behind the best matches to build snippets from. Reads only; the worker never writes articles.
import type { ArticleMeta } from '../../shared/model/article'
import type { Highlight } from '../../shared/model/annotation'
import { articlePlainText } from '../../shared/model/text'
import type { ArticleRecords } from '../../shared/search/documents-from-records'
import { database } from './database'
import { normalizeArticleBody, normalizeArticleMeta, normalizeHighlight } from './restore'

/** The ids of every article, in the trash or not (the index decides what to keep). */
export async function listAllArticleIds(): Promise<string[]> {
  return (await database().articles.toCollection().primaryKeys()) as string[]
}

/** Each article's records for indexing, skipping articles that no longer exist. */
export async function loadArticleRecords(ids: readonly string[]): Promise<Map<string, ArticleRecords | null>> {
  const db = database()
  return db.transaction('r', db.articles, db.bodies, db.highlights, db.articleNotes, async () => {
    const [metas, bodies, notes, highlights] = await Promise.all([
      db.articles.bulkGet([...ids]),
      db.bodies.bulkGet([...ids]),
      db.articleNotes.bulkGet([...ids]),
      db.highlights
        .where('articleId')
        .anyOf([...ids])
        .toArray()
    ])
    const byArticle = new Map<string, Highlight[]>()
    for (const highlight of highlights.map(normalizeHighlight)) byArticle.set(highlight.articleId, [...(byArticle.get(highlight.articleId) ?? []), highlight])
    const records = new Map<string, ArticleRecords | null>()
    ids.forEach((id, index) => {
      const meta = metas[index]
      const body = bodies[index]
      records.set(
        id,
        meta
          ? {
              meta: normalizeArticleMeta(meta),
              text: body ? articlePlainText(normalizeArticleBody(body).blocks) : '',
              highlights: byArticle.get(id) ?? [],
              noteText: notes[index]?.text ?? null
            }
          : null
      )
    })
    return records
  })
}

/** Article metadata by id (missing ones left out). */
export async function loadMetas(ids: readonly string[]): Promise<Map<string, ArticleMeta>> {
  const metas = await database().articles.bulkGet([...new Set(ids)])
  return new Map(metas.flatMap((meta) => (meta ? [[meta.id, normalizeArticleMeta(meta)] as const] : [])))
}

/** Articles' plain texts by id. */
export async function loadPlainTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const bodies = await database().bodies.bulkGet([...new Set(ids)])
  return new Map(bodies.flatMap((body) => (body ? [[body.articleId, articlePlainText(normalizeArticleBody(body).blocks)] as const] : [])))
}

/** Highlights by id. */
export async function loadHighlights(ids: readonly string[]): Promise<Map<string, Highlight>> {
  const highlights = await database().highlights.bulkGet([...ids])
  return new Map(highlights.flatMap((highlight) => (highlight ? [[highlight.id, normalizeHighlight(highlight)] as const] : [])))
}

/** Article notes' plain texts by article id. */
export async function loadNoteTexts(articleIds: readonly string[]): Promise<Map<string, string>> {
  const notes = await database().articleNotes.bulkGet([...articleIds])
  return new Map(notes.flatMap((note) => (note ? [[note.articleId, note.text] as const] : [])))
}
