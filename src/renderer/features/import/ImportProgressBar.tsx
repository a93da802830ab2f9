// A running import: how far it is ("312 of 1,000"), the file being read, and a way to stop it.
import type { ReactElement } from 'react'
import type { ImportProgress } from './use-import'
import './import.css'

const count = new Intl.NumberFormat('en')

/** The progress bar with counts, current file name and Cancel. */
export function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress; onCancel(): void }): ReactElement {
  const fileName = progress.current?.split(/[\\/]/).pop()
  return (
    <section className="import-progress" aria-label="Import progress">
      <div className="import-progress-line">
        <span className="import-progress-count">
          {progress.cancelling ? 'Cancelling… ' : 'Importing '}
          {count.format(progress.done)} of {count.format(progress.total)}
        </span>
        <span className="import-progress-file" title={progress.current ?? undefined}>
          {fileName ?? ''}
        </span>
        <button type="button" className="button small" onClick={onCancel} disabled={progress.cancelling}>
          Cancel
        </button>
      </div>
      <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Files imported" />
    </section>
  )
}
