// The compact table's header row. A sortable column's header sorts the library by it (a second
// click reverses), through the same remembered view as the toolbar's sort menu.
import type { ReactElement } from 'react'
import { sortBy, type LibraryOrder, type LibrarySort } from '../../../shared/library/library-view'

interface Column {
  label: string
  sort?: LibrarySort
  numeric?: boolean
}

const COLUMNS: readonly Column[] = [
  { label: '' },
  { label: 'Title', sort: 'title' },
  { label: 'Source', sort: 'source' },
  { label: 'Published', sort: 'published' },
  { label: 'Added', sort: 'added' },
  { label: 'Words', sort: 'words', numeric: true },
  { label: 'Tags' },
  { label: 'Highlights', sort: 'highlights', numeric: true },
  { label: 'State' },
  { label: '' }
]

interface Props {
  /** The current sort; without it (the trash) the headers are plain labels. */
  sort?: LibraryOrder
  onSort?(sort: LibrarySort): void
}

/** The header row, with sort buttons and aria-sort on the sorted column. */
export function TableHead({ sort, onSort }: Props): ReactElement {
  return (
    <div role="row" className="table-row table-head">
      {COLUMNS.map((column, index) => {
        const className = column.numeric ? 'cell-number' : undefined
        if (!column.sort || !sort || !onSort) {
          return (
            <span key={index} role="columnheader" className={className}>
              {column.label}
            </span>
          )
        }
        const chosen = column.sort
        const active = sort.sort === chosen
        // An unsorted column's arrow (shown on hover) is the direction a click would start in.
        const descending = active ? sort.descending : sortBy(sort, chosen).descending
        return (
          <span key={index} role="columnheader" className={className} aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
            <button type="button" className={`column-sort${active ? ' active' : ''}`} onClick={() => onSort(chosen)}>
              {column.label}
              <span className="sort-arrow" aria-hidden="true">
                {descending ? '↓' : '↑'}
              </span>
            </button>
          </span>
        )
      })}
    </div>
  )
}
