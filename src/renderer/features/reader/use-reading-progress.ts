// Reading progress: restored once when the article is first laid out, then followed on scroll
// (the bar each frame, the database at most twice a second and when the reader closes).
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { saveReadingProgress } from '../../db/articles-repository'
import { progressAt, scrollTopFor } from './core/reading-progress'

const SAVE_INTERVAL_MS = 500

/** The fraction read of the article scrolled inside `scroller`; restores `saved` once `ready`. */
export function useReadingProgress(scroller: RefObject<HTMLElement | null>, articleId: string, saved: number | undefined, ready: boolean): number {
  const [progress, setProgress] = useState(0)
  const restored = useRef(false)
  const lastSaved = useRef<number | undefined>(undefined)

  useLayoutEffect(() => {
    const element = scroller.current
    if (!ready || restored.current || !element || saved === undefined) return
    restored.current = true
    lastSaved.current = saved
    element.scrollTop = scrollTopFor(saved, element.scrollHeight, element.clientHeight)
  }, [scroller, ready, saved])

  useEffect(() => {
    const element = scroller.current
    if (!ready || !element) return
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    let latest = progressAt(element.scrollTop, element.scrollHeight, element.clientHeight)
    setProgress(latest)
    const save = (): void => {
      timer = undefined
      // Only real movement counts: opening an article must not mark it as being read.
      if (lastSaved.current !== undefined && Math.abs(latest - lastSaved.current) < 0.001) return
      lastSaved.current = latest
      void saveReadingProgress(articleId, latest)
    }
    const onScroll = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        latest = progressAt(element.scrollTop, element.scrollHeight, element.clientHeight)
        setProgress(latest)
        timer ??= setTimeout(save, SAVE_INTERVAL_MS)
      })
    }
    element.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      element.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
      if (timer !== undefined) {
        clearTimeout(timer)
        save()
      }
    }
  }, [scroller, articleId, ready])

  return progress
}
