// The library: search box, view controls, filter chips, bulk actions and the article list or
// table (virtualised, windowed reads), or the trash, or search results while a query is typed.
import { useCallback, useMemo, useRef, useState, type ReactElement } from 'react'
import type { ArticleMeta } from '../../../shared/model/article'
import { useCommandTarget } from '../../commands/use-command-target'
import { ImportControls } from '../import/ImportControls'
import { ImportStatus } from '../import/ImportStatus'
import { useImporter } from '../import/import-context'
import { useExport } from '../export/use-export'
import { ExportStatusToast } from '../export/ExportStatusToast'
import { LibraryDataMenu } from '../backup/LibraryDataMenu'
import { SearchPanel } from '../search/SearchPanel'
import { ArticleList } from './ArticleList'
import { BulkActions } from './BulkActions'
import { EditArticleDialog } from './EditArticleDialog'
import { FilterChips } from './FilterChips'
import { filterChips, toggleSort } from '../../../shared/library/library-view'
import { LibraryToolbar } from './LibraryToolbar'
import { useLibraryActions } from './use-library-actions'
import { useLibraryIds } from './use-library-ids'
import { useLibraryView } from './use-library-view'
import { useSelection } from './use-selection'
import './library.css'

/** The library screen. */
export function LibraryView({ onOpen }: { onOpen(id: string): void }): ReactElement {
  const [view, updateView] = useLibraryView()
  const [trash, setTrash] = useState(false)
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<ArticleMeta | null>(null)
  const ids = useLibraryIds(view, trash)
  const selection = useSelection(ids)
  const importer = useImporter()
  const exporter = useExport()
  const actions = useLibraryActions()
  const searchInput = useRef<HTMLInputElement>(null)

  const openSearch = useCallback(() => searchInput.current?.focus(), [])
  const openNotebook = useCallback(() => (window.location.hash = '#/notebook'), [])
  useCommandTarget(
    'search',
    useMemo(() => ({ openSearch, openNotebook }), [openSearch, openNotebook])
  )
  useCommandTarget(
    'articles',
    useMemo(() => ({ selectAll: selection.selectAll }), [selection.selectAll])
  )

  const searching = query.trim() !== ''
  const count = ids ? `${ids.length.toLocaleString('en')} article${ids.length === 1 ? '' : 's'}${trash ? ' in the trash' : ''}` : ''
  return (
    <main className="library" aria-labelledby="library-heading">
      <header className="library-header">
        <div className="library-title">
          <h1 id="library-heading">{trash ? 'Trash' : 'Library'}</h1>
          <span className="library-count">{count}</span>
        </div>
        <input
          ref={searchInput}
          type="search"
          className="search-box"
          aria-label="Search the library"
          placeholder="Search everything  ( / )"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && (setQuery(''), event.currentTarget.blur())}
        />
        <div className="library-actions">
          <div className="action-group">
            <a className="button" href="#/notebook">
              Notebook
            </a>
            <button type="button" className="button" aria-pressed={trash} onClick={() => (selection.clear(), setTrash((value) => !value))}>
              {trash ? '← Library' : 'Trash'}
            </button>
          </div>
          <div className="action-group">
            {!trash && (
              <ImportControls
                busy={importer.busy}
                onFiles={(files) => void importer.importFiles(files)}
                onDialog={(folders) => void importer.importWithDialog(folders)}
              />
            )}
            <LibraryDataMenu />
          </div>
        </div>
      </header>
      <ImportStatus importer={importer} />
      <ExportStatusToast status={exporter.status} onDismiss={exporter.dismiss} />
      {searching ? (
        <SearchPanel query={query} onTag={(tag) => setQuery(`tag:${tag.includes(' ') ? `"${tag}"` : tag} `)} />
      ) : (
        <>
          {view && !trash && <LibraryToolbar view={view} onChange={updateView} />}
          {view && !trash && <FilterChips filters={view.filters} onChange={(filters) => updateView((v) => ({ ...v, filters }))} />}
          {trash && ids && ids.length > 0 && (
            <div className="library-toolbar">
              <span className="muted">Articles stay here until you empty the trash.</span>
              <span className="spacer" />
              <button
                type="button"
                className="button small danger"
                onClick={() => window.confirm('Delete every article in the trash for good?') && void actions.deleteForever()}
              >
                Empty trash
              </button>
            </div>
          )}
          <BulkActions
            selected={[...selection.selected]}
            trash={trash}
            actions={actions}
            onExport={(selected) => void exporter.exportArticles(selected, 'md')}
            onClear={selection.clear}
          />
          {ids && ids.length === 0 && (
            <div className="empty-state">
              {trash ? (
                <p>The trash is empty.</p>
              ) : view && filterChips(view.filters).length > 0 ? (
                <p>No articles match these filters.</p>
              ) : (
                <>
                  <p>Your library is empty.</p>
                  <p>Import text, Markdown, web pages, PDF, EPUB or Word files — or drop them anywhere on this window.</p>
                </>
              )}
            </div>
          )}
          {ids && view && ids.length > 0 && (
            <ArticleList
              // Rows differ in height between the layouts: a fresh list measures them afresh.
              key={trash ? 'trash' : view.layout}
              ids={ids}
              layout={trash ? 'table' : view.layout}
              selected={selection.selected}
              onToggle={selection.toggle}
              onOpen={onOpen}
              onEdit={setEditing}
              sort={trash ? undefined : view}
              onSort={trash ? undefined : (sort) => updateView((v) => toggleSort(v, sort))}
            />
          )}
        </>
      )}
      {editing && <EditArticleDialog meta={editing} actions={actions} onClose={() => setEditing(null)} />}
    </main>
  )
}
