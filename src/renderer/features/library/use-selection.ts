// Multi-select over an ordered list: click toggles, shift-click selects a range, select all.
import { useCallback, useEffect, useRef, useState } from 'react'
import { rangeIds } from '../../../shared/library/library-view'

/** Selected ids and the ways to change them; the selection drops ids no longer listed. */
export function useSelection(ids: readonly string[] | undefined): {
  selected: ReadonlySet<string>
  toggle(id: string, index: number, extend: boolean): void
  selectAll(): void
  clear(): void
} {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const anchor = useRef<number | null>(null)
  useEffect(() => {
    if (!ids) return
    const listed = new Set(ids)
    setSelected((previous) => {
      const kept = [...previous].filter((id) => listed.has(id))
      return kept.length === previous.size ? previous : new Set(kept)
    })
  }, [ids])
  const toggle = useCallback(
    (id: string, index: number, extend: boolean) => {
      // Read the anchor now: the updater runs later, after it has moved.
      const from = anchor.current
      setSelected((previous) => {
        const next = new Set(previous)
        if (extend && from !== null && ids) {
          for (const each of rangeIds(ids, from, index)) next.add(each)
        } else if (next.has(id)) next.delete(id)
        else next.add(id)
        return next
      })
      anchor.current = index
    },
    [ids]
  )
  const selectAll = useCallback(() => setSelected(new Set(ids ?? [])), [ids])
  const clear = useCallback(() => setSelected(new Set()), [])
  return { selected, toggle, selectAll, clear }
}
