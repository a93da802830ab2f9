// When an article's text changes (re-cleaning, restoring the original, merging a duplicate),
// its body and every highlight move together in one transaction; a highlight that cannot be
// placed becomes an orphan with its quote kept, never deleted.
import { describeRange, reanchorAll } from '../../shared/anchoring'
import type { Block } from '../../shared/model/document'
import { articlePlainText, countWords } from '../../shared/model/text'
import { database } from './database'
import { normalizeArticleBody, normalizeHighlight } from './restore'

/** How the highlights fared. */
export interface ReanchorOutcome {
  placed: number
  orphaned: number
}

/** Replaces the article's blocks and re-anchors all its highlights (orphans too: new text may bring them back). */
export async function reanchorArticle(articleId: string, newBlocks: readonly Block[]): Promise<ReanchorOutcome> {
  const db = database()
  return db.transaction('rw', db.bodies, db.highlights, db.articles, async () => {
    const stored = await db.bodies.get(articleId)
    if (!stored) throw new Error(`No article ${articleId} to re-anchor.`)
    const oldText = articlePlainText(normalizeArticleBody(stored).blocks)
    const newText = articlePlainText(newBlocks)
    const highlights = (await db.highlights.where('articleId').equals(articleId).toArray()).map(normalizeHighlight)
    const results = reanchorAll(oldText, newText, highlights)
    const now = Date.now()
    const outcome: ReanchorOutcome = { placed: 0, orphaned: 0 }
    const moved = highlights.map((highlight, index) => {
      const result = results[index]!
      if (result.status === 'orphan') {
        outcome.orphaned++
        return { ...highlight, orphaned: true, updatedAt: highlight.orphaned ? highlight.updatedAt : now }
      }
      outcome.placed++
      return { ...highlight, ...describeRange(newText, result.start, result.end), orphaned: false, updatedAt: now }
    })
    await db.highlights.bulkPut(moved)
    await db.bodies.update(articleId, { blocks: [...newBlocks] })
    await db.articles.update(articleId, { wordCount: countWords(newText), updatedAt: now })
    return outcome
  })
}
