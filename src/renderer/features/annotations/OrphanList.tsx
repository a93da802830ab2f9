// Highlights whose passage is no longer in the text (after re-cleaning, say): never deleted,
// listed with their quote so the user can re-attach each to a new selection or let it go.
import type { MouseEvent, ReactElement } from 'react'
import type { Highlight } from '../../../shared/model/annotation'

interface Props {
  orphans: readonly Highlight[]
  /** Whether there is a selection in the article to re-attach to. */
  canReattach: boolean
  onReattach(id: string): void
  onDelete(id: string): void
}

// Pressing the button must not collapse the selection it re-attaches to.
const keepSelection = (event: MouseEvent): void => event.preventDefault()

/** The "Not found in the text" section of the panel. */
export function OrphanList({ orphans, canReattach, onReattach, onDelete }: Props): ReactElement | null {
  if (orphans.length === 0) return null
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h3 id="orphans-title">
        Not found in the text <span className="count">{orphans.length}</span>
      </h3>
      <p className="muted orphans-hint">The text changed and these passages could not be found. Select the passage in the article, then re-attach.</p>
      <ul>
        {orphans.map((orphan) => (
          <li key={orphan.id} className={`orphan bar-${orphan.color}`} data-testid="orphan-highlight">
            <blockquote className="panel-quote">{orphan.quote}</blockquote>
            {orphan.note.text !== '' && <p className="panel-note">{orphan.note.text}</p>}
            <div className="orphan-actions">
              <button
                type="button"
                className="button small"
                disabled={!canReattach}
                title={canReattach ? undefined : 'Select the passage in the article first'}
                onMouseDown={keepSelection}
                onClick={() => onReattach(orphan.id)}
              >
                Re-attach to selection
              </button>
              <button type="button" className="button small danger" onClick={() => onDelete(orphan.id)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
