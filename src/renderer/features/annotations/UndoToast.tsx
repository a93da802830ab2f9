// The message after removing a highlight, with the way back: an Undo button (Ctrl/Cmd+Z does the same).
import type { ReactElement } from 'react'

/** A polite status message with optional Undo. */
export function UndoToast({ message, onUndo, onDismiss }: { message: string; onUndo?: () => void; onDismiss(): void }): ReactElement {
  return (
    <div className="annotation-toast" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" className="button small" onClick={onUndo} aria-keyshortcuts="Control+Z Meta+Z">
          Undo
        </button>
      )}
      <button type="button" className="button small icon" aria-label="Dismiss" onClick={onDismiss}>
        ✕
      </button>
    </div>
  )
}
