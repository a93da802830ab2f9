// The library's search results for the query in its search box.
import type { ReactElement } from 'react'
import { useSearch } from './use-search'
import { SearchResultsView } from './SearchResultsView'
import './search.css'

/** Results of the query, grouped by kind, or a line saying why there are none yet. */
export function SearchPanel({ query, onTag }: { query: string; onTag(tag: string): void }): ReactElement {
  const { results, error } = useSearch(query)
  if (error) return <p className="import-error">Search failed: {error}</p>
  if (!results) return <div className="search-results" aria-busy="true" />
  return <SearchResultsView results={results} onTag={onTag} />
}
