// The row of highlight colours, each named by its meaning so colour is never the only signal.
import type { ReactElement } from 'react'
import { DEFAULT_COLOR_MEANINGS, HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/model/annotation'

/** One button per colour; `current` is marked pressed. */
export function ColorButtons({ current, onPick, verb }: { current?: HighlightColor; onPick(color: HighlightColor): void; verb: string }): ReactElement {
  return (
    <div className="color-buttons" role="group" aria-label="Highlight colours">
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`color-button swatch-${color}`}
          aria-label={`${verb} ${color}: ${DEFAULT_COLOR_MEANINGS[color]}`}
          title={`${DEFAULT_COLOR_MEANINGS[color]} (${color})`}
          aria-pressed={current === color}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  )
}
