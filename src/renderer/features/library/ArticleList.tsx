// The articles, virtualised so 100,000 cost no more than a screenful: as rows (list) or as a
// compact table. Only the rows on screen are read from storage.
import { useRef, type MouseEvent, type ReactElement } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ArticleMeta } from '../../../shared/model/article'
import type { LibraryOrder, LibrarySort } from '../../../shared/library/library-view'
import { ArticleRow } from './ArticleRow'
import { formatAdded, formatPublished } from './format-date'
import { TableHead } from './TableHead'
import { useArticleWindow } from './use-library-ids'

interface Props {
  ids: readonly string[]
  layout: 'list' | 'table'
  selected: ReadonlySet<string>
  onToggle(id: string, index: number, extend: boolean): void
  onOpen(id: string): void
  onEdit(meta: ArticleMeta): void
  /** The table's sort, shown on its headers; with onSort, clicking a header changes it. */
  sort?: LibraryOrder
  onSort?(sort: LibrarySort): void
}

const HEIGHT = { list: 76, table: 38 }

/** The virtualised article list or table. */
export function ArticleList({ ids, layout, selected, onToggle, onOpen, onEdit, sort, onSort }: Props): ReactElement {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scroller.current, estimateSize: () => HEIGHT[layout], overscan: 8 })
  const items = virtualizer.getVirtualItems()
  const metas = useArticleWindow(ids, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0)
  const toggle = (id: string, index: number) => (event: MouseEvent<HTMLInputElement>) => onToggle(id, index, event.shiftKey)
  return (
    <div
      ref={scroller}
      className={`library-list layout-${layout}`}
      role={layout === 'table' ? 'table' : 'list'}
      aria-label="Articles"
      aria-rowcount={layout === 'table' ? ids.length : undefined}
    >
      {layout === 'table' && <TableHead sort={sort} onSort={onSort} />}
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const id = ids[item.index]!
          const meta = metas.get(id)
          const style = { transform: `translateY(${item.start}px)`, height: item.size }
          if (!meta) return <div key={id} className="library-item placeholder" style={style} aria-hidden="true" />
          const checkbox = (
            <input type="checkbox" aria-label={`Select ${meta.title}`} checked={selected.has(id)} onClick={toggle(id, item.index)} onChange={() => undefined} />
          )
          const edit = (
            <button type="button" className="button small ghost" aria-label={`Edit ${meta.title}`} onClick={() => onEdit(meta)}>
              Edit
            </button>
          )
          if (layout === 'list') {
            return (
              <div key={id} role="listitem" className={`library-item${selected.has(id) ? ' selected' : ''}`} style={style}>
                {checkbox}
                <ArticleRow article={meta} onOpen={onOpen} />
                {edit}
              </div>
            )
          }
          return (
            <div key={id} role="row" className={`library-item table-row${selected.has(id) ? ' selected' : ''}`} style={style} data-testid="article-row">
              <span role="cell">{checkbox}</span>
              <span role="cell" className="cell-title">
                <a href={`#/article/${id}`}>{meta.title}</a>
              </span>
              <span role="cell">{meta.source ?? ''}</span>
              <span role="cell">{formatPublished(meta.publishedAt, meta.publishedPartial)}</span>
              <span role="cell">{formatAdded(meta.addedAt)}</span>
              <span role="cell" className="cell-number">
                {meta.wordCount.toLocaleString('en')}
              </span>
              <span role="cell" className="cell-tags">
                {meta.tags.join(', ')}
              </span>
              <span role="cell" className="cell-number">
                {meta.highlightCount}
              </span>
              <span role="cell">
                {meta.readingState}
                {meta.readingState === 'reading' && ` ${Math.round(meta.progress * 100)}%`}
              </span>
              <span role="cell">{edit}</span>
            </div>
          )
        })}
      </div>
    </div>
  )
}
