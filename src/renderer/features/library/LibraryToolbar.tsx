// The library's view controls: sort, list or table, and menus that add filters.
import type { ReactElement } from 'react'
import { ReadingStateSchema } from '../../../shared/model/article'
import { sortBy, type LibrarySort, type LibraryViewSettings } from '../../../shared/library/library-view'
import { useFilterChoices } from './use-library-ids'
import { DateFilterInput } from './DateFilterInput'

const SORT_LABELS: Record<LibrarySort, string> = {
  added: 'Date added',
  published: 'Published date',
  title: 'Title',
  source: 'Source',
  words: 'Word count',
  highlights: 'Highlights'
}

interface Props {
  view: LibraryViewSettings
  onChange(change: (view: LibraryViewSettings) => LibraryViewSettings): void
}

/** Sort, layout and filter controls. */
export function LibraryToolbar({ view, onChange }: Props): ReactElement {
  const choices = useFilterChoices()
  const addTo = (key: 'tags' | 'sources' | 'states', value: string): void => {
    if (value) onChange((v) => ({ ...v, filters: { ...v.filters, [key]: [...new Set([...v.filters[key], value])] } }))
  }
  // Each group wraps as a whole when the window is narrow, never splitting a label from its control.
  return (
    <div className="library-toolbar">
      <div className="toolbar-group">
        <label>
          Sort by{' '}
          <select
            value={view.sort}
            onChange={(event) => {
              const sort = event.target.value as LibrarySort
              onChange((v) => sortBy(v, sort))
            }}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button small"
          aria-label={view.descending ? 'Descending order' : 'Ascending order'}
          onClick={() => onChange((v) => ({ ...v, descending: !v.descending }))}
        >
          {view.descending ? '↓' : '↑'}
        </button>
      </div>
      <div className="toolbar-group">
        <select className="filter-select" aria-label="Filter by tag" value="" onChange={(event) => addTo('tags', event.target.value)}>
          <option value="">Tag…</option>
          {choices.tags.map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </select>
        <select className="filter-select" aria-label="Filter by source" value="" onChange={(event) => addTo('sources', event.target.value)}>
          <option value="">Source…</option>
          {choices.sources.map((source) => (
            <option key={source}>{source}</option>
          ))}
        </select>
        <select className="filter-select" aria-label="Filter by state" value="" onChange={(event) => addTo('states', event.target.value)}>
          <option value="">State…</option>
          {ReadingStateSchema.options.map((state) => (
            <option key={state}>{state}</option>
          ))}
        </select>
      </div>
      <div className="toolbar-group">
        <DateFilterInput label="From" name="Published from" onApply={(date) => onChange((v) => ({ ...v, filters: { ...v.filters, publishedFrom: date } }))} />
        <DateFilterInput label="To" name="Published to" onApply={(date) => onChange((v) => ({ ...v, filters: { ...v.filters, publishedTo: date } }))} />
      </div>
      <label className="toolbar-group">
        <input
          type="checkbox"
          checked={view.filters.hasHighlights}
          onChange={(event) => onChange((v) => ({ ...v, filters: { ...v.filters, hasHighlights: event.target.checked } }))}
        />
        Has highlights
      </label>
      <div role="group" aria-label="Layout" className="layout-toggle">
        <button type="button" className="button small" aria-pressed={view.layout === 'list'} onClick={() => onChange((v) => ({ ...v, layout: 'list' }))}>
          List
        </button>
        <button type="button" className="button small" aria-pressed={view.layout === 'table'} onClick={() => onChange((v) => ({ ...v, layout: 'table' }))}>
          Table
        </button>
      </div>
    </div>
  )
}
