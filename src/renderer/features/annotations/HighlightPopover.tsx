// Acting on an existing highlight: recolour it or remove it.
import type { ReactElement } from 'react'
import type { Highlight, HighlightColor } from '../../../shared/model/annotation'
import { ColorButtons } from './ColorButtons'

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
      style={{ top: rect.bottom + 8, left: rect.left + rect.width / 2 }}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <ColorButtons verb="Recolour" current={highlight.color} onPick={onRecolor} />
      <button type="button" className="button small danger" onClick={onRemove} autoFocus>
        Remove highlight
      </button>
    </div>
  )
}
