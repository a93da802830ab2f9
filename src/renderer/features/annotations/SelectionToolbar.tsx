// The floating toolbar over a text selection: highlight in a colour, highlight and write a note
// or a tag, copy the quote, or move the open highlight onto the selection.
import type { MouseEvent, ReactElement } from 'react'
import type { HighlightColor } from '../../../shared/model/annotation'
import { ColorButtons } from './ColorButtons'
import { floatingPosition } from './floating-position'

interface Props {
  rect: DOMRect
  onHighlight(color: HighlightColor): void
  onNote(): void
  onTag(): void
  onCopy(): void
  /** Present when a highlight is open and the selection overlaps it. */
  onAdjust?: () => void
}

// Buttons keep the selection alive: pressing one must not collapse what they act on.
const keepSelection = (event: MouseEvent): void => event.preventDefault()

/** Shown above the selection's rectangle (viewport coordinates). */
export function SelectionToolbar({ rect, onHighlight, onNote, onTag, onCopy, onAdjust }: Props): ReactElement {
  return (
    <div className="floating-toolbar" role="toolbar" aria-label="Selection" style={floatingPosition(rect, 'above')}>
      <ColorButtons verb="Highlight" onPick={onHighlight} />
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" className="button small" onMouseDown={keepSelection} onClick={onNote} aria-keyshortcuts="n" title="Highlight and write a note (n)">
        Note
      </button>
      <button type="button" className="button small" onMouseDown={keepSelection} onClick={onTag} aria-keyshortcuts="t" title="Highlight and tag (t)">
        Tag
      </button>
      <button type="button" className="button small" onMouseDown={keepSelection} onClick={onCopy} title="Copy the quote">
        Copy
      </button>
      {onAdjust && (
        <button type="button" className="button small primary" onMouseDown={keepSelection} onClick={onAdjust}>
          Adjust highlight to selection
        </button>
      )}
      <span className="toolbar-hint" aria-hidden="true">
        h · n · t
      </span>
    </div>
  )
}
