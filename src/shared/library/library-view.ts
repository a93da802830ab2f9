// How the library is shown (sort, filters, list or table, trash), normalised on read so an old or
// damaged saved view never breaks the library, and the filter chips that describe it.
import { ReadingStateSchema, type ReadingState } from '../model/article'

export type LibrarySort = 'added' | 'published' | 'title' | 'source' | 'words' | 'highlights'

/** How the library is ordered. */
export interface LibraryOrder {
  sort: LibrarySort
  descending: boolean
}

/** The library's remembered view. */
export interface LibraryViewSettings extends LibraryOrder {
  layout: 'list' | 'table'
  filters: LibraryFilters
}

/** Filters; all present ones combine (AND), values within sources and states are alternatives. */
export interface LibraryFilters {
  tags: string[]
  sources: string[]
  states: ReadingState[]
  /** ISO dates (yyyy-mm-dd), inclusive. */
  publishedFrom: string | null
  publishedTo: string | null
  hasHighlights: boolean
}

export const NO_FILTERS: LibraryFilters = { tags: [], sources: [], states: [], publishedFrom: null, publishedTo: null, hasHighlights: false }
export const DEFAULT_LIBRARY_VIEW: LibraryViewSettings = { sort: 'added', descending: true, layout: 'list', filters: NO_FILTERS }
const SORTS: readonly LibrarySort[] = ['added', 'published', 'title', 'source', 'words', 'highlights']
// Dates and counts read best newest or largest first; titles and sources from A.
const DESCENDING_FIRST: readonly LibrarySort[] = ['added', 'published', 'words', 'highlights']
const DATE = /^\d{4}-\d{2}-\d{2}$/

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])
const date = (value: unknown): string | null => (typeof value === 'string' && DATE.test(value) ? value : null)

/** A saved view made safe: unknown values fall back to the defaults. */
export function normalizeLibraryView(stored: unknown): LibraryViewSettings {
  const raw = (stored ?? {}) as Partial<Record<keyof LibraryViewSettings, unknown>>
  const filters = (raw.filters ?? {}) as Partial<Record<keyof LibraryFilters, unknown>>
  return {
    sort: SORTS.includes(raw.sort as LibrarySort) ? (raw.sort as LibrarySort) : DEFAULT_LIBRARY_VIEW.sort,
    descending: typeof raw.descending === 'boolean' ? raw.descending : DEFAULT_LIBRARY_VIEW.descending,
    layout: raw.layout === 'table' ? 'table' : 'list',
    filters: {
      tags: strings(filters.tags),
      sources: strings(filters.sources),
      states: strings(filters.states).filter((state): state is ReadingState => ReadingStateSchema.safeParse(state).success),
      publishedFrom: date(filters.publishedFrom),
      publishedTo: date(filters.publishedTo),
      hasHighlights: filters.hasHighlights === true
    }
  }
}

/** The view sorted by `sort`, starting in that sort's natural direction (a reselected sort keeps its direction). */
export function sortBy<View extends LibraryOrder>(view: View, sort: LibrarySort): View {
  return view.sort === sort ? view : { ...view, sort, descending: DESCENDING_FIRST.includes(sort) }
}

/** A column header's click: its sort reverses if already chosen, otherwise starts in its natural direction. */
export function toggleSort<View extends LibraryOrder>(view: View, sort: LibrarySort): View {
  return view.sort === sort ? { ...view, descending: !view.descending } : sortBy(view, sort)
}

/** One removable chip for an active filter. */
export interface FilterChip {
  label: string
  remove(filters: LibraryFilters): LibraryFilters
}

/** The chips describing the active filters, each knowing how to remove itself. */
export function filterChips(filters: LibraryFilters): FilterChip[] {
  const chips: FilterChip[] = []
  for (const tag of filters.tags) chips.push({ label: `tag: ${tag}`, remove: (f) => ({ ...f, tags: f.tags.filter((t) => t !== tag) }) })
  for (const source of filters.sources) chips.push({ label: `source: ${source}`, remove: (f) => ({ ...f, sources: f.sources.filter((s) => s !== source) }) })
  for (const state of filters.states) chips.push({ label: `state: ${state}`, remove: (f) => ({ ...f, states: f.states.filter((s) => s !== state) }) })
  if (filters.publishedFrom) chips.push({ label: `published from ${filters.publishedFrom}`, remove: (f) => ({ ...f, publishedFrom: null }) })
  if (filters.publishedTo) chips.push({ label: `published to ${filters.publishedTo}`, remove: (f) => ({ ...f, publishedTo: null }) })
  if (filters.hasHighlights) chips.push({ label: 'has highlights', remove: (f) => ({ ...f, hasHighlights: false }) })
  return chips
}

/** Ordered ids kept only when in every required set and not excluded. */
export function intersectOrdered(ordered: readonly string[], required: readonly ReadonlySet<string>[], excluded: ReadonlySet<string>): string[] {
  return ordered.filter((id) => !excluded.has(id) && required.every((set) => set.has(id)))
}

/** Ids of selected rows between two indexes, inclusive, in either direction (for shift-click). */
export function rangeIds(ids: readonly string[], from: number, to: number): string[] {
  return ids.slice(Math.min(from, to), Math.max(from, to) + 1)
}
