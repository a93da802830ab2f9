// The reader's buttons for the article's text ("Use original text", "Clean again") and the
// result of the last one, with Undo.
import type { ReactElement } from 'react'
import type { useArticleTextActions } from './use-article-text-actions'
import './import.css'

/** The text action buttons and their status line. */
export function ArticleTextActions({ actions }: { actions: ReturnType<typeof useArticleTextActions> }): ReactElement {
  return (
    <div className="text-actions-bar">
      <div className="text-actions" role="group" aria-label="Article text">
        <button type="button" className="button small" disabled={actions.busy} onClick={() => void actions.restoreOriginal()}>
          Use original text
        </button>
        <button type="button" className="button small" disabled={actions.busy} onClick={() => void actions.cleanAgain()}>
          Clean again
        </button>
      </div>
      {(actions.status || actions.error) && (
        <p className="text-actions-status" role="status">
          {actions.error ?? actions.status}
          {actions.canUndo && !actions.error && (
            <button type="button" className="button small" disabled={actions.busy} onClick={() => void actions.undo()}>
              Undo
            </button>
          )}
          <button type="button" className="button small" onClick={actions.dismiss}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  )
}
