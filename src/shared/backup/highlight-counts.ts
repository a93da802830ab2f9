// An article's highlightCount must match its stored highlights once a restore or an annotation
// import is written. Both sides are in memory then, so the counts are worked out here in one pass
// instead of being queried from the database article by article.
import type { Highlight } from '../model/annotation'

type PlacedHighlight = Pick<Highlight, 'id' | 'articleId'>

/** Highlight counts after the write, and the articles whose highlights it changes. */
export interface HighlightCounts {
  /** Each article's number of highlights (articles with none are absent). */
  counts: Map<string, number>
  /** Articles that gain, lose or replace a highlight. */
  touched: Set<string>
}

/** Counts highlights per article once `written` are stored over `stored`; a written highlight replaces the stored one with its id. */
export function highlightCountsAfterWrite(stored: readonly PlacedHighlight[], written: readonly PlacedHighlight[]): HighlightCounts {
  const articleOf = new Map(stored.map((highlight) => [highlight.id, highlight.articleId]))
  const touched = new Set<string>()
  for (const highlight of written) {
    const before = articleOf.get(highlight.id)
    if (before !== undefined) touched.add(before)
    touched.add(highlight.articleId)
    articleOf.set(highlight.id, highlight.articleId)
  }
  const counts = new Map<string, number>()
  for (const articleId of articleOf.values()) counts.set(articleId, (counts.get(articleId) ?? 0) + 1)
  return { counts, touched }
}
