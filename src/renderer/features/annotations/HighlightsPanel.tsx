// The side panel: a colour legend, then two tabs: the article's highlights in reading order
// (with those no longer found in the text below them) and the note on the whole article.
import { useRef, useState, type ReactElement } from 'react'
import type { Highlight } from '../../../shared/model/annotation'
import { ArticleNotePanel } from '../notes/ArticleNotePanel'
import { ColorLegend } from './ColorLegend'
import { HighlightList } from './HighlightList'
import { OrphanList } from './OrphanList'
import { useColorMeanings } from './use-color-meanings'
import './annotations.css'

interface Props {
  articleId: string
  highlights: readonly Highlight[]
  activeId: string | null
  canReattach: boolean
  onSelect(id: string): void
  onReattach(id: string): void
  onDelete(id: string): void
  onManageTags(): void
}

type Tab = 'highlights' | 'note'

/** Highlights and the article note, side by side with the text. */
export function HighlightsPanel({ articleId, highlights, activeId, canReattach, onSelect, onReattach, onDelete, onManageTags }: Props): ReactElement {
  const [tab, setTab] = useState<Tab>('highlights')
  const scroller = useRef<HTMLDivElement>(null)
  const meanings = useColorMeanings()
  const placed = highlights.filter((highlight) => !highlight.orphaned)
  const orphans = highlights.filter((highlight) => highlight.orphaned)
  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`panel-tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`panel-${id}`}
      className="panel-tab"
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  )
  return (
    <aside className="highlights-panel" aria-label="Highlights">
      <div className="panel-header">
        <h2>
          Highlights <span className="count">{highlights.length}</span>
        </h2>
        <button type="button" className="button small" onClick={onManageTags}>
          Manage tags
        </button>
      </div>
      <ColorLegend />
      <div className="panel-tabs" role="tablist" aria-label="Annotations">
        {tabButton('highlights', 'Highlights')}
        {tabButton('note', 'Article note')}
      </div>
      <div className="panel-scroll" ref={scroller} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`panel-tab-${tab}`}>
        {tab === 'highlights' ? (
          <>
            {highlights.length === 0 && <p className="muted">Select text and press h (n adds a note, t a tag), or pick a colour, to highlight it.</p>}
            <HighlightList highlights={placed} activeId={activeId} meanings={meanings} scroller={scroller} onSelect={onSelect} />
            <OrphanList orphans={orphans} canReattach={canReattach} onReattach={onReattach} onDelete={onDelete} />
          </>
        ) : (
          <ArticleNotePanel articleId={articleId} />
        )}
      </div>
    </aside>
  )
}
