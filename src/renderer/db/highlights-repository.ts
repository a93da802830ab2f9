// Highlights in and out of storage; the article's highlight count changes in the same transaction.
import type { Highlight, HighlightColor } from '../../shared/model/annotation'
import { describeRange } from '../../shared/anchoring'
import { database, type GlossDatabase } from './database'
import { normalizeHighlight } from './restore'

/** Builds a new highlight over [start, end) of the article's plain text, without storing it (for optimistic display). */
export function newHighlight(articleId: string, text: string, start: number, end: number, color: HighlightColor, now = Date.now()): Highlight {
  return {
    id: crypto.randomUUID(),
    articleId,
    color,
    ...describeRange(text, start, end),
    note: { doc: null, text: '' },
    tags: [],
    orphaned: false,
    createdAt: now,
    updatedAt: now
  }
}

/** Stores a highlight made by `newHighlight` and counts it on its article. */
export async function addHighlight(highlight: Highlight): Promise<void> {
  const db = database()
  await db.transaction('rw', db.highlights, db.articles, async () => {
    await db.highlights.add(highlight)
    await countOnArticle(db, highlight.articleId, 1)
  })
}

/** Creates a highlight over [start, end) of the article's plain text. */
export async function createHighlight(articleId: string, text: string, start: number, end: number, color: HighlightColor): Promise<Highlight> {
  const highlight = newHighlight(articleId, text, start, end, color)
  await addHighlight(highlight)
  return highlight
}

/** Deletes a highlight, returning it so the caller can offer undo. */
export async function deleteHighlight(id: string): Promise<Highlight | undefined> {
  const db = database()
  return db.transaction('rw', db.highlights, db.articles, async () => {
    const highlight = await db.highlights.get(id)
    if (!highlight) return undefined
    await db.highlights.delete(id)
    await countOnArticle(db, highlight.articleId, -1)
    return highlight
  })
}

/** Puts a deleted highlight back exactly as it was. */
export async function restoreHighlight(highlight: Highlight): Promise<void> {
  const db = database()
  await db.transaction('rw', db.highlights, db.articles, async () => {
    await db.highlights.put(highlight)
    await countOnArticle(db, highlight.articleId, 1)
  })
}

/** Changes a highlight's colour. */
export async function recolorHighlight(id: string, color: HighlightColor): Promise<void> {
  await database().highlights.update(id, { color, updatedAt: Date.now() })
}

/** Moves a highlight onto [start, end) of the current text (extend, shrink or re-attach an orphan). */
export async function moveHighlight(id: string, text: string, start: number, end: number): Promise<void> {
  await database().highlights.update(id, { ...describeRange(text, start, end), orphaned: false, updatedAt: Date.now() })
}

/** An article's highlights in reading order. */
export async function listArticleHighlights(articleId: string): Promise<Highlight[]> {
  const highlights = await database().highlights.where('articleId').equals(articleId).toArray()
  return highlights.map(normalizeHighlight).sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Changes the article's highlight count inside the caller's transaction. Stated as the field it
 * sets (not a function over the record), so the search change feed can tell the count is no
 * field search reads.
 */
async function countOnArticle(db: GlossDatabase, articleId: string, delta: number): Promise<void> {
  const meta = await db.articles.get(articleId)
  if (meta) await db.articles.update(articleId, { highlightCount: Math.max(0, meta.highlightCount + delta) })
}
