// The floating toolbar over a text selection: one click highlights in a colour.
import type { ReactElement } from 'react'
import type { HighlightColor } from '../../../shared/model/annotation'
import { ColorButtons } from './ColorButtons'
import { floatingPosition } from './floating-position'

/** Shown above the selection's rectangle (viewport coordinates). */
export function SelectionToolbar({ rect, onHighlight }: { rect: DOMRect; onHighlight(color: HighlightColor): void }): ReactElement {
  return (
    <div className="floating-toolbar" role="toolbar" aria-label="Selection" style={floatingPosition(rect, 'above')}>
      <ColorButtons verb="Highlight" onPick={onHighlight} />
      <span className="toolbar-hint" aria-hidden="true">
        h
      </span>
    </div>
  )
}
