// Gathers everything an export needs: which articles a scope covers, and each article with its
// body, highlights and note, in one read transaction per batch.
import type { ExportRequest } from '../../shared/ipc/export-schemas'
import { hasTagInScope } from '../../shared/export/tag-scope'
import { database } from './database'
import { normalizeArticleBody, normalizeArticleMeta, normalizeHighlight, normalizeNote } from './restore'

type ExportArticle = ExportRequest['articles'][number]

/** What the user chose to export. */
export type ExportScope =
  { kind: 'article'; id: string; title?: string } | { kind: 'articles'; ids: string[] } | { kind: 'tag'; name: string } | { kind: 'library' }

/** The articles with bodies, highlights (reading order) and notes, in the order of ids. */
export async function loadExportArticles(ids: readonly string[]): Promise<ExportArticle[]> {
  const db = database()
  return db.transaction('r', db.articles, db.bodies, db.highlights, db.articleNotes, async () => {
    const [metas, bodies, notes] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids]), db.articleNotes.bulkGet([...ids])])
    const highlights = await db.highlights
      .where('articleId')
      .anyOf([...ids])
      .toArray()
    const byArticle = new Map<string, ExportArticle['highlights']>()
    for (const raw of highlights) {
      const highlight = normalizeHighlight(raw)
      const list = byArticle.get(highlight.articleId) ?? []
      list.push(highlight)
      byArticle.set(highlight.articleId, list)
    }
    const articles: ExportArticle[] = []
    ids.forEach((id, index) => {
      const meta = metas[index]
      if (!meta) return
      const body = bodies[index]
      const note = notes[index]
      articles.push({
        meta: normalizeArticleMeta(meta),
        body: body ? normalizeArticleBody(body) : null,
        highlights: (byArticle.get(id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end),
        articleNote: note ? normalizeNote(note) : null
      })
    })
    return articles
  })
}

/** The ids a scope covers, newest first; articles in the trash only when named explicitly. */
export async function articleIdsForScope(scope: ExportScope): Promise<string[]> {
  if (scope.kind === 'article') return [scope.id]
  if (scope.kind === 'articles') return [...scope.ids]
  const db = database()
  return db.transaction('r', db.articles, db.highlights, async () => {
    // A tag covers articles tagged with it and articles with a highlight tagged with it.
    const viaHighlights = new Set<string>()
    if (scope.kind === 'tag') {
      await db.highlights.each((highlight) => {
        if (hasTagInScope(highlight.tags ?? [], scope.name)) viaHighlights.add(highlight.articleId)
      })
    }
    const metas = (await db.articles.orderBy('addedAt').reverse().toArray()).map(normalizeArticleMeta)
    return metas
      .filter((meta) => meta.trashedAt === null && (scope.kind === 'library' || viaHighlights.has(meta.id) || hasTagInScope(meta.tags, scope.name)))
      .map((meta) => meta.id)
  })
}

/** Every tag used on articles or highlights or kept in the tags table, sorted, first spelling kept. */
export async function listExportTags(): Promise<string[]> {
  const db = database()
  return db.transaction('r', db.articles, db.highlights, db.tags, async () => {
    const names = [
      ...(await db.tags.toCollection().primaryKeys()),
      ...((await db.articles.orderBy('tags').uniqueKeys()) as string[]),
      ...((await db.highlights.orderBy('tags').uniqueKeys()) as string[])
    ]
    const byKey = new Map<string, string>()
    for (const name of names) if (typeof name === 'string' && name.trim() !== '' && !byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name)
    return [...byKey.values()].sort((a, b) => a.localeCompare(b))
  })
}
