import { describe, expect, it } from 'vitest'
import { DEFAULT_LIBRARY_VIEW, normalizeLibraryView, sortBy, toggleSort } from './library-view'

describe('sortBy and toggleSort', () => {
  it('start a new sort in its natural direction: text from A, dates and counts largest first', () => {
    const byTitle = sortBy(DEFAULT_LIBRARY_VIEW, 'title')
    expect(byTitle).toMatchObject({ sort: 'title', descending: false })
    expect(sortBy(byTitle, 'words')).toMatchObject({ sort: 'words', descending: true })
    expect(toggleSort(byTitle, 'published')).toMatchObject({ sort: 'published', descending: true })
    expect(toggleSort(byTitle, 'source')).toMatchObject({ sort: 'source', descending: false })
  })

  it('reverse the current sort on a second header click, but not when the menu reselects it', () => {
    const byTitle = sortBy(DEFAULT_LIBRARY_VIEW, 'title')
    expect(toggleSort(byTitle, 'title')).toMatchObject({ sort: 'title', descending: true })
    expect(toggleSort(toggleSort(byTitle, 'title'), 'title')).toEqual(byTitle)
    expect(sortBy({ ...byTitle, descending: true }, 'title')).toMatchObject({ descending: true })
  })

  it('keep the rest of the view', () => {
    const view = { ...DEFAULT_LIBRARY_VIEW, layout: 'table' as const, filters: { ...DEFAULT_LIBRARY_VIEW.filters, tags: ['asia'] } }
    expect(toggleSort(view, 'highlights')).toEqual({ ...view, sort: 'highlights', descending: true })
  })
})

describe('normalizeLibraryView', () => {
  it('keeps every known sort and falls back for unknown ones', () => {
    expect(normalizeLibraryView({ sort: 'words', descending: false }).sort).toBe('words')
    expect(normalizeLibraryView({ sort: 'highlights' }).sort).toBe('highlights')
    expect(normalizeLibraryView({ sort: 'colour' })).toEqual(DEFAULT_LIBRARY_VIEW)
  })
})
