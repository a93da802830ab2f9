// A thin bar under the toolbar showing how much of the article has been read.
import type { ReactElement } from 'react'

/** The reading progress bar (progress 0..1). */
export function ReadingProgressBar({ progress }: { progress: number }): ReactElement {
  const percent = Math.round(progress * 100)
  return (
    <div className="reading-progress" role="progressbar" aria-label="Reading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div className="reading-progress-fill" style={{ transform: `scaleX(${progress})` }} />
    </div>
  )
}
