// Acting on an existing highlight: recolour it or remove it.
import type { ReactElement } from 'react'
import type { Highlight, HighlightColor } from '../../../shared/model/annotation'
import { ColorButtons } from './ColorButtons'
import { floatingPosition } from './floating-position'

interface Props {
  highlight: Highlight
  rect: DOMRect
  onRecolor(color: HighlightColor): void
  onRemove(): void
  onClose(): void
}

/** A small dialog anchored under the clicked highlight. */
export function HighlightPopover({ highlight, rect, onRecolor, onRemove, onClose }: Props): ReactElement {
  return (
    <div
      className="floating-toolbar popover"
      role="dialog"
      aria-label="Highlight"
      style={floatingPosition(rect, 'below')}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <ColorButtons verb="Recolour" current={highlight.color} onPick={onRecolor} />
      <button type="button" className="button small danger" onClick={onRemove} autoFocus>
        Remove highlight
      </button>
    </div>
  )
}
