// Notes save themselves: a change is written ~300 ms after typing pauses, and at once on blur
// or when the editor goes away, so closing a popover never loses the last words.
import { useCallback, useEffect, useRef, useState } from 'react'

/** What the user is told about their note. */
export type SaveStatus = 'idle' | 'pending' | 'saved' | 'failed'

/** Debounced saving of the latest value, flushed on demand and on unmount. */
export function useAutosave<T>(save: (value: T) => Promise<void>, delay = 300): { schedule(value: T): void; flush(): void; status: SaveStatus } {
  const [status, setStatus] = useState<SaveStatus>('idle')
  const saveRef = useRef(save)
  const pending = useRef<{ value: T } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => {
    saveRef.current = save
  }, [save])

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    const next = pending.current
    if (!next) return
    pending.current = null
    saveRef.current(next.value).then(
      () => setStatus((current) => (current === 'pending' && pending.current ? 'pending' : 'saved')),
      () => setStatus('failed')
    )
  }, [])

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value }
      setStatus('pending')
      if (timer.current !== null) clearTimeout(timer.current)
      timer.current = setTimeout(flush, delay)
    },
    [flush, delay]
  )

  useEffect(() => flush, [flush])
  return { schedule, flush, status }
}
