// The units the search index holds: an article (title and text), a highlight (quote and note),
// an article's note. Each knows its article, so trashing an article drops all of them at once.

export type SearchKind = 'article' | 'highlight' | 'note'

/** One indexable unit, as built from stored records. */
export interface SearchDocument {
  /** Unique across kinds: `a:<articleId>`, `h:<highlightId>`, `n:<articleId>`. */
  key: string
  kind: SearchKind
  articleId: string
  /** Ranked above the text (an article's title). */
  title: string
  text: string
  tags: readonly string[]
  source: string | null
  color: string | null
}

/** The key of an article's own document. */
export const articleKey = (articleId: string): string => `a:${articleId}`
/** The key of a highlight's document. */
export const highlightKey = (highlightId: string): string => `h:${highlightId}`
/** The key of an article note's document. */
export const noteKey = (articleId: string): string => `n:${articleId}`

/** The record id behind a document key (the highlight id, or the article id). */
export function recordIdOfKey(key: string): string {
  return key.slice(2)
}
