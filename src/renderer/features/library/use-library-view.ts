// The library's view (sort, filters, layout), loaded from settings and saved on every change.
import { useCallback, useEffect, useState } from 'react'
import { getSetting, saveSetting } from '../../db/settings-repository'
import { normalizeLibraryView, type LibraryViewSettings } from '../../../shared/library/library-view'

const KEY = 'library-view'

/** The remembered view (undefined while loading) and a function to change it. */
export function useLibraryView(): [LibraryViewSettings | undefined, (change: (view: LibraryViewSettings) => LibraryViewSettings) => void] {
  const [view, setView] = useState<LibraryViewSettings>()
  useEffect(() => {
    let current = true
    void getSetting(KEY).then((stored) => current && setView(normalizeLibraryView(stored)))
    return () => {
      current = false
    }
  }, [])
  const update = useCallback((change: (view: LibraryViewSettings) => LibraryViewSettings) => {
    setView((previous) => {
      if (!previous) return previous
      const next = change(previous)
      void saveSetting(KEY, next)
      return next
    })
  }, [])
  return [view, update]
}
