// What the last import did, including every file that failed and why.
import { useEffect, type ReactElement } from 'react'
import type { ImportSummary } from './use-import'
import { IMPORT_REPORTED_MARK } from './core/import-marks'
import './import.css'

const number = new Intl.NumberFormat('en')
const plural = (count: number, word: string): string => `${number.format(count)} ${word}${count === 1 ? '' : 's'}`

// Messages name files by their base name; the folder tells apart two "index.html" from one drop.
function folderOf(path: string): string {
  const end = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return end > 0 ? path.slice(0, end) : ''
}

/** A dismissible report of the last import. */
export function ImportReport({ summary, error, onDismiss }: { summary: ImportSummary | null; error: string | null; onDismiss(): void }): ReactElement | null {
  useEffect(() => {
    if (summary) performance.mark(IMPORT_REPORTED_MARK)
  }, [summary])
  if (!summary && !error) return null
  const duplicates = summary?.duplicates
  const notes = [
    summary?.cancelled && 'cancelled before the end',
    summary?.failures.length && `${number.format(summary.failures.length)} could not be imported`,
    duplicates?.replace && `${plural(duplicates.replace, 'duplicate')} replaced the older text`,
    duplicates?.skip && `${plural(duplicates.skip, 'duplicate')} skipped`
  ].filter(Boolean)
  return (
    <section className={`import-report${error || summary?.failures.length ? ' has-errors' : ''}`} role="status" aria-live="polite">
      {error && <p className="import-error">Import failed: {error}</p>}
      {summary && (
        <>
          <p>
            Imported {plural(summary.imported, 'article')}
            {notes.length > 0 && `; ${notes.join('; ')}`}.
          </p>
          {summary.failures.length > 0 && (
            <ul className="import-failures" aria-label="Files not imported">
              {summary.failures.map((failure, index) => (
                <li key={`${index}:${failure.path}`}>
                  {failure.error}
                  {folderOf(failure.path) && <span className="import-failure-folder"> in {folderOf(failure.path)}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  )
}
