// The colour legend in the panel header: what each colour means, renamable in place, so the
// user's own scheme (not the defaults) names highlights everywhere, exports included.
import { useState, type ReactElement } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/model/annotation'
import { useColorMeanings, useRenameColorMeaning } from './use-color-meanings'

/** Each colour with its meaning; Rename turns a meaning into a field (Enter saves, Escape cancels). */
export function ColorLegend(): ReactElement {
  const meanings = useColorMeanings()
  const rename = useRenameColorMeaning()
  const [editing, setEditing] = useState<HighlightColor | null>(null)
  const [draft, setDraft] = useState('')
  const save = (color: HighlightColor): void => {
    rename(color, draft)
    setEditing(null)
  }
  return (
    <ul className="color-legend" aria-label="Colour legend">
      {HIGHLIGHT_COLORS.map((color) => (
        <li key={color} className="legend-item">
          <span className={`legend-swatch swatch-${color}`} aria-hidden="true" />
          {editing === color ? (
            <input
              className="legend-input"
              aria-label={`Meaning of ${color}`}
              value={draft}
              autoFocus
              onChange={(event) => setDraft(event.target.value)}
              onBlur={() => save(color)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') save(color)
                if (event.key === 'Escape') {
                  event.preventDefault()
                  event.stopPropagation()
                  setEditing(null)
                }
              }}
            />
          ) : (
            <button
              type="button"
              className="legend-name"
              aria-label={`${color}: ${meanings[color]}. Rename`}
              title="Rename what this colour means"
              onClick={() => {
                setDraft(meanings[color])
                setEditing(color)
              }}
            >
              {meanings[color]}
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
