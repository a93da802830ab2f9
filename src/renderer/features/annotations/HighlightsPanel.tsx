// The side panel: every highlight of the article in reading order; clicking one scrolls to it.
import type { ReactElement } from 'react'
import { DEFAULT_COLOR_MEANINGS, type Highlight } from '../../../shared/model/annotation'

/** Lists highlights; orphans (whose passage no longer exists) are shown with their quote. */
export function HighlightsPanel({ highlights, onSelect }: { highlights: readonly Highlight[]; onSelect(id: string): void }): ReactElement {
  return (
    <aside className="highlights-panel" aria-label="Highlights">
      <h2>
        Highlights <span className="count">{highlights.length}</span>
      </h2>
      {highlights.length === 0 && <p className="muted">Select text and press h, or pick a colour, to highlight it.</p>}
      <ol>
        {highlights.map((highlight) => (
          <li key={highlight.id}>
            <button type="button" className={`panel-highlight bar-${highlight.color}`} onClick={() => onSelect(highlight.id)} data-testid="panel-highlight">
              <span className="panel-color">{DEFAULT_COLOR_MEANINGS[highlight.color]}</span>
              <span className="panel-quote">{highlight.quote}</span>
              {highlight.orphaned && <span className="orphan-badge">Not found in the text</span>}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  )
}
