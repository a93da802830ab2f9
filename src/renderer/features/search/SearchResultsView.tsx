// Search results grouped by kind (articles, highlights, notes, tags), each opening the article
// at the place it matched.
import type { ReactElement } from 'react'
import { routeHash } from '../../app/use-route'
import type { SearchResultItem, SearchResults } from '../../workers/search-protocol'
import type { SearchKind } from '../../../shared/search/search-document'
import { SnippetText } from './SnippetText'

const GROUP_TITLES: Record<SearchKind, string> = { article: 'Articles', highlight: 'Highlights', note: 'Notes' }

/** Where a result opens: the article, at the match when there is one. */
export function resultHref(item: SearchResultItem): string {
  return routeHash({ name: 'reader', articleId: item.articleId, ...(item.at === null ? {} : { at: item.at, length: item.length }) })
}

/** The grouped results; `onTag` applies a tag filter. */
export function SearchResultsView({ results, onTag }: { results: SearchResults; onTag(tag: string): void }): ReactElement {
  const kinds = (['article', 'highlight', 'note'] as const).filter((kind) => results.groups[kind].total > 0)
  const nothing = kinds.length === 0 && results.tags.length === 0
  return (
    <div className="search-results" aria-label="Search results">
      {results.indexing && <p className="muted">Still building the search index; results may be incomplete.</p>}
      {nothing && <p className="empty-state">Nothing matches “{results.query.trim()}”.</p>}
      {results.tags.length > 0 && (
        <section aria-label="Tags" className="search-group">
          <h2>Tags</h2>
          <ul className="search-tags">
            {results.tags.map((tag) => (
              <li key={tag.name}>
                <button type="button" className="tag-chip" onClick={() => onTag(tag.name)}>
                  #{tag.name}{' '}
                  <span className="muted">
                    {tag.counts.highlight} highlights · {tag.counts.article} articles
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {kinds.map((kind) => (
        <section key={kind} aria-label={GROUP_TITLES[kind]} className="search-group">
          <h2>
            {GROUP_TITLES[kind]} <span className="muted">{results.groups[kind].total.toLocaleString('en')}</span>
          </h2>
          <ul>
            {results.groups[kind].items.map((item) => (
              <li key={item.key}>
                <a className={`search-result${item.color ? ` search-result-${item.color}` : ''}`} href={resultHref(item)}>
                  <span className="search-result-title">
                    {item.articleTitle}
                    {item.source && <span className="muted"> · {item.source}</span>}
                  </span>
                  <SnippetText snippet={item.snippet} />
                  {item.tags.length > 0 && <span className="search-result-tags">{item.tags.map((tag) => `#${tag}`).join(' ')}</span>}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
