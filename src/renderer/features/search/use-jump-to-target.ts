// Opens the article at the place a search result or notebook entry points to (`?at=` in the
// route): scrolls it to the middle of the screen and flashes it for a moment.
import { useEffect, type RefObject } from 'react'
import { parseRoute } from '../../app/use-route'
import { paintRanges, rangeOfOffsets } from './text-ranges'

const FLASH_MS = 2400

/** Jumps to the route's target once the article is rendered, and again whenever the target changes. */
export function useJumpToTarget(root: RefObject<HTMLElement | null>, ready: boolean): void {
  useEffect(() => {
    if (!ready) return
    let clearFlash = (): void => undefined
    let timers: ReturnType<typeof setTimeout>[] = []
    const jump = (): void => {
      const route = parseRoute(window.location.hash)
      if (route.name !== 'reader' || route.at === undefined || !root.current) return
      const { at, length = 1 } = route
      // After the reader has restored its own scroll position, so the jump wins.
      timers.push(
        setTimeout(() => {
          const range = root.current && rangeOfOffsets(root.current, at, at + Math.max(1, length))
          if (!range) return
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
          clearFlash()
          clearFlash = paintRanges('gloss-jump', [range])
          timers.push(setTimeout(() => clearFlash(), FLASH_MS))
        }, 150)
      )
    }
    jump()
    window.addEventListener('hashchange', jump)
    return () => {
      window.removeEventListener('hashchange', jump)
      timers.forEach(clearTimeout)
      timers = []
      clearFlash()
    }
  }, [root, ready])
}
