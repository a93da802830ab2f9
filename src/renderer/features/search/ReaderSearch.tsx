// Search inside the reader: jumping to a search result's place on open, and the find bar
// (Ctrl/Cmd+F) with a match count and next/previous.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement, type RefObject } from 'react'
import { useCommandTarget } from '../../commands/use-command-target'
import { startSearchIndexing } from '../../workers/search-client'
import { useArticleFind } from './use-article-find'
import { useJumpToTarget } from './use-jump-to-target'
import './search.css'

/** Mounted once in the reader: the jump to the route's target and the find bar. */
export function ReaderSearch({ articleRoot, text, ready }: { articleRoot: RefObject<HTMLElement | null>; text: string; ready: boolean }): ReactElement | null {
  useJumpToTarget(articleRoot, ready)
  useEffect(startSearchIndexing, [])
  const [open, setOpen] = useState(false)
  const [needle, setNeedle] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const openFind = useCallback(() => {
    setOpen(true)
    requestAnimationFrame(() => input.current?.select())
  }, [])
  useCommandTarget(
    'find',
    useMemo(() => ({ openFind }), [openFind])
  )
  const find = useArticleFind(articleRoot, text, open ? needle : '')
  if (!open) return null
  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={input}
        type="search"
        aria-label="Find in article"
        placeholder="Find in article"
        value={needle}
        autoFocus
        onChange={(event) => setNeedle(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            if (event.shiftKey) find.previous()
            else find.next()
          } else if (event.key === 'Escape') {
            event.preventDefault()
            event.stopPropagation()
            setOpen(false)
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {needle.trim() ? (find.count ? `${find.current + 1} of ${find.count}` : 'No matches') : ''}
      </span>
      <button type="button" className="button small" aria-label="Previous match" disabled={!find.count} onClick={find.previous}>
        ↑
      </button>
      <button type="button" className="button small" aria-label="Next match" disabled={!find.count} onClick={find.next}>
        ↓
      </button>
      <button type="button" className="button small" aria-label="Close find" onClick={() => setOpen(false)}>
        ✕
      </button>
    </div>
  )
}
