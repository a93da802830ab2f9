// The library: every article, newest first, in a virtualised list that renders only what shows.
import { useRef, type ReactElement } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useArticles } from './use-articles'
import { ArticleRow } from './ArticleRow'
import { ImportControls } from './ImportControls'
import { ImportReport } from './ImportReport'
import { DropZone } from './DropZone'
import { useImport } from './use-import'

const ROW_HEIGHT = 76

/** The library screen. */
export function LibraryView({ onOpen }: { onOpen(id: string): void }): ReactElement {
  const articles = useArticles()
  const importer = useImport()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: articles?.length ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8
  })
  return (
    <main className="library" aria-labelledby="library-heading">
      <header className="library-header">
        <h1 id="library-heading">Library</h1>
        <span className="library-count">{articles ? `${articles.length} article${articles.length === 1 ? '' : 's'}` : ''}</span>
        <ImportControls busy={importer.busy} onFiles={(files) => void importer.importFiles(files)} onDialog={(folders) => void importer.importWithDialog(folders)} />
      </header>
      <ImportReport summary={importer.summary} error={importer.error} onDismiss={importer.dismiss} />
      <DropZone onFiles={(files) => void importer.importFiles(files)} />
      {articles && articles.length === 0 && (
        <div className="empty-state">
          <p>Your library is empty.</p>
          <p>Import .txt, .md or .html files — or drop them anywhere on this window.</p>
        </div>
      )}
      <div ref={scroller} className="library-list" role="list" aria-label="Articles">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const article = articles?.[item.index]
            if (!article) return null
            return (
              <div key={article.id} role="listitem" className="library-item" style={{ transform: `translateY(${item.start}px)`, height: item.size }}>
                <ArticleRow article={article} onOpen={onOpen} />
              </div>
            )
          })}
        </div>
      </div>
    </main>
  )
}
