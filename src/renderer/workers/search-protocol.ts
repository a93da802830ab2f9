// The messages between the app and the search worker, typed once for both sides.
import type { HighlightColor } from '../../shared/model/annotation'
import type { TagMatch } from '../../shared/search/inverted-index'
import type { SearchKind } from '../../shared/search/search-document'
import type { Snippet } from '../../shared/search/snippet'

/** One search result as the UI shows it. */
export interface SearchResultItem {
  kind: SearchKind
  key: string
  articleId: string
  articleTitle: string
  source: string | null
  snippet: Snippet
  /** Plain-text offset to jump to in the article, when the match is in its text. */
  at: number | null
  /** Length of the matched text at `at`, to flash it. */
  length: number
  color: HighlightColor | null
  tags: string[]
}

/** Results of one query, grouped by kind. */
export interface SearchResults {
  query: string
  groups: Record<SearchKind, { total: number; items: SearchResultItem[] }>
  tags: TagMatch[]
  /** Whether the index was still being built (results may be incomplete). */
  indexing: boolean
}

/** From the app to the worker. */
export type SearchRequest =
  { type: 'search'; id: number; query: string; limit: number } | { type: 'changed'; articleIds: string[] } | { type: 'status'; id: number }

/** The index's state, for the UI and tests. */
export interface IndexStatus {
  documents: number
  ready: boolean
}

/** From the worker to the app. */
export type SearchResponse =
  | { type: 'updated' }
  | { type: 'results'; id: number; results: SearchResults }
  | { type: 'status'; id: number; status: IndexStatus }
  | { type: 'error'; id: number; message: string }
