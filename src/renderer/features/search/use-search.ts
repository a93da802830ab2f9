// Search as the user types: queries go to the search worker (debounced lightly), and only the
// answer to the latest query is kept.
import { useEffect, useState } from 'react'
import { onSearchIndexUpdated, searchLibrary, startSearchIndexing } from '../../workers/search-client'
import type { SearchResults } from '../../workers/search-protocol'

/** The results for `query` (null for a blank query or before the first answer). */
export function useSearch(query: string): { results: SearchResults | null; error: string | null } {
  const [results, setResults] = useState<SearchResults | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Results shown stay current as the library changes underneath them.
  const [revision, setRevision] = useState(0)
  useEffect(startSearchIndexing, [])
  useEffect(() => onSearchIndexUpdated(() => setRevision((value) => value + 1)), [])
  useEffect(() => {
    if (!query.trim()) {
      setResults(null)
      return
    }
    let current = true
    const timer = setTimeout(() => {
      searchLibrary(query).then(
        (answer) => current && (setResults(answer), setError(null)),
        (failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure))
      )
    }, 60)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [query, revision])
  return { results, error }
}
