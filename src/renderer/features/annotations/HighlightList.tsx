// The panel's list of placed highlights in reading order, virtualised (@tanstack/react-virtual)
// so an article with thousands of highlights scrolls smoothly; the open highlight's entry is
// scrolled into view and marked current, whichever side it was opened from.
import { useEffect, type ReactElement, type RefObject } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Highlight, HighlightColor } from '../../../shared/model/annotation'

interface Props {
  highlights: readonly Highlight[]
  activeId: string | null
  meanings: Record<HighlightColor, string>
  scroller: RefObject<HTMLDivElement | null>
  onSelect(id: string): void
}

const NOTE_PREVIEW = 140

/** One entry per highlight: meaning, quote, tags and the start of its note. */
export function HighlightList({ highlights, activeId, meanings, scroller, onSelect }: Props): ReactElement {
  const virtualizer = useVirtualizer({
    count: highlights.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 6,
    getItemKey: (index) => highlights[index]!.id
  })
  const activeIndex = activeId === null ? -1 : highlights.findIndex((highlight) => highlight.id === activeId)
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  return (
    <ol className="highlight-list" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const highlight = highlights[item.index]!
        const active = highlight.id === activeId
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="highlight-list-item"
            style={{ transform: `translateY(${item.start}px)` }}
            aria-setsize={highlights.length}
            aria-posinset={item.index + 1}
          >
            <button
              type="button"
              className={`panel-highlight bar-${highlight.color}${active ? ' current' : ''}`}
              aria-current={active ? 'true' : undefined}
              onClick={() => onSelect(highlight.id)}
              data-testid="panel-highlight"
            >
              <span className="panel-color">
                <span className={`legend-swatch swatch-${highlight.color}`} aria-hidden="true" />
                {meanings[highlight.color]}
              </span>
              <span className="panel-quote">{highlight.quote}</span>
              {highlight.tags.length > 0 && <span className="panel-tags">{highlight.tags.map((tag) => `#${tag}`).join(' ')}</span>}
              {highlight.note.text !== '' && (
                <span className="panel-note">
                  <span className="visually-hidden">Note: </span>
                  {highlight.note.text.length > NOTE_PREVIEW ? `${highlight.note.text.slice(0, NOTE_PREVIEW)}…` : highlight.note.text}
                </span>
              )}
            </button>
          </li>
        )
      })}
    </ol>
  )
}
