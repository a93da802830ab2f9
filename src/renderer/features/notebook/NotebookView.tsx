// The notebook: every highlight in the library in one place, filtered with the search syntax,
// grouped by tag, article, colour or date, each opening its article at the highlight.
import { useMemo, useRef, useState, type ReactElement } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { parseQuery } from '../../../shared/search/query'
import { routeHash } from '../../app/use-route'
import { filterNotebook, groupNotebook, tagOverview, type NotebookEntry, type NotebookGrouping } from '../../../shared/search/notebook'
import { useNotebookEntries } from './use-notebook'
import './notebook.css'

const GROUPINGS: { value: NotebookGrouping; label: string }[] = [
  { value: 'tag', label: 'Tag' },
  { value: 'article', label: 'Article' },
  { value: 'color', label: 'Colour' },
  { value: 'date', label: 'Date' }
]

type Row = { kind: 'heading'; key: string; label: string; count: number } | { kind: 'entry'; key: string; entry: NotebookEntry }

/** The notebook screen. */
export function NotebookView(): ReactElement {
  const entries = useNotebookEntries()
  const [filter, setFilter] = useState('')
  const [grouping, setGrouping] = useState<NotebookGrouping>('tag')
  const filtered = useMemo(() => (entries ? (filter.trim() ? filterNotebook(entries, parseQuery(filter)) : entries) : []), [entries, filter])
  const rows = useMemo<Row[]>(
    () =>
      groupNotebook(filtered, grouping).flatMap((group) => [
        { kind: 'heading' as const, key: `g:${group.key}`, label: group.label, count: group.entries.length },
        ...group.entries.map((entry) => ({ kind: 'entry' as const, key: `${group.key}:${entry.highlight.id}`, entry }))
      ]),
    [filtered, grouping]
  )
  const tags = useMemo(() => tagOverview(entries ?? []), [entries])
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'heading' ? 44 : 110),
    overscan: 6
  })

  return (
    <main className="notebook" aria-labelledby="notebook-heading">
      <header className="library-header">
        <a className="button" href="#/">
          ← Library
        </a>
        <h1 id="notebook-heading">Notebook</h1>
        <span className="library-count">{entries ? `${filtered.length.toLocaleString('en')} of ${entries.length.toLocaleString('en')} highlights` : ''}</span>
        <input
          type="search"
          className="search-box"
          aria-label="Filter highlights"
          placeholder='Filter: words, "phrase", tag:, source:, color:'
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </header>
      <div className="library-toolbar" role="group" aria-label="Group by">
        Group by
        {GROUPINGS.map((option) => (
          <button key={option.value} type="button" className="button small" aria-pressed={grouping === option.value} onClick={() => setGrouping(option.value)}>
            {option.label}
          </button>
        ))}
      </div>
      <div className="notebook-body">
        <div ref={scroller} className="notebook-list" aria-label="Highlights">
          {entries && rows.length === 0 && (
            <p className="empty-state">{entries.length ? 'No highlights match.' : 'No highlights yet: select text in an article to highlight it.'}</p>
          )}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!
              return (
                <div
                  key={row.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="notebook-row"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {row.kind === 'heading' ? (
                    <h2 className="notebook-group">
                      {row.label} <span className="muted">{row.count}</span>
                    </h2>
                  ) : (
                    <NotebookCard entry={row.entry} />
                  )}
                </div>
              )
            })}
          </div>
        </div>
        <aside className="tag-overview" aria-label="Tag overview">
          <h2>Tags</h2>
          {tags.length === 0 ? (
            <p className="muted">No tagged highlights yet.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Tag</th>
                  <th>Highlights</th>
                  <th>Articles</th>
                </tr>
              </thead>
              <tbody>
                {tags.map((row) => (
                  <tr key={row.tag}>
                    <td>
                      <button type="button" className="link-button" onClick={() => setFilter(`tag:${row.tag.includes(' ') ? `"${row.tag}"` : row.tag} `)}>
                        #{row.tag}
                      </button>
                    </td>
                    <td>{row.highlights}</td>
                    <td>{row.articles}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </aside>
      </div>
    </main>
  )
}

function NotebookCard({ entry }: { entry: NotebookEntry }): ReactElement {
  const { highlight } = entry
  const href = routeHash({ name: 'reader', articleId: highlight.articleId, at: highlight.start, length: highlight.end - highlight.start })
  return (
    <article className={`notebook-card notebook-${highlight.color}`} aria-label={highlight.quote.slice(0, 80)}>
      <a href={href} className="notebook-quote">
        {highlight.quote}
      </a>
      {highlight.note.text && <p className="notebook-note">{highlight.note.text}</p>}
      <p className="notebook-meta">
        <span>{entry.articleTitle}</span>
        {highlight.tags.map((tag) => (
          <span key={tag} className="notebook-tag">
            #{tag}
          </span>
        ))}
      </p>
    </article>
  )
}
