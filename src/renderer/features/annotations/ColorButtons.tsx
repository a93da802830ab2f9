// The row of highlight colours, each named by the user's meaning so colour is never the only signal.
import type { ReactElement } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/model/annotation'
import { useColorMeanings } from './use-color-meanings'

/** One button per colour; `current` is marked pressed. */
export function ColorButtons({ current, onPick, verb }: { current?: HighlightColor; onPick(color: HighlightColor): void; verb: string }): ReactElement {
  const meanings = useColorMeanings()
  return (
    <div className="color-buttons" role="group" aria-label="Highlight colours">
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`color-button swatch-${color}`}
          aria-label={`${verb} ${color}: ${meanings[color]}`}
          title={`${meanings[color]} (${color})`}
          aria-pressed={current === undefined ? undefined : current === color}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  )
}
