// A snippet with its matched words marked.
import type { ReactElement } from 'react'
import type { Snippet } from '../../../shared/search/snippet'

/** Renders the snippet's text with <mark> around each match. */
export function SnippetText({ snippet }: { snippet: Pick<Snippet, 'text' | 'marks'> }): ReactElement {
  const parts: ReactElement[] = []
  let position = 0
  for (const [start, end] of snippet.marks) {
    if (start > position) parts.push(<span key={position}>{snippet.text.slice(position, start)}</span>)
    parts.push(
      <mark key={start} className="search-match">
        {snippet.text.slice(start, end)}
      </mark>
    )
    position = end
  }
  parts.push(<span key={position}>{snippet.text.slice(position)}</span>)
  return <span className="snippet">{parts}</span>
}
