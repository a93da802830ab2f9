// The active filters as chips, each removable.
import type { ReactElement } from 'react'
import { filterChips, type LibraryFilters } from '../../../shared/library/library-view'

/** One chip per active filter; nothing when there are none. */
export function FilterChips({ filters, onChange }: { filters: LibraryFilters; onChange(filters: LibraryFilters): void }): ReactElement | null {
  const chips = filterChips(filters)
  if (chips.length === 0) return null
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.label} className="filter-chip">
          {chip.label}
          <button type="button" aria-label={`Remove filter ${chip.label}`} onClick={() => onChange(chip.remove(filters))}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  )
}
