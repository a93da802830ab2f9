// What the last import did, including every file that failed and why.
import type { ReactElement } from 'react'
import type { ImportSummary } from './use-import'

/** A dismissible report of the last import. */
export function ImportReport({ summary, error, onDismiss }: { summary: ImportSummary | null; error: string | null; onDismiss(): void }): ReactElement | null {
  if (!summary && !error) return null
  return (
    <section className={`import-report${error || summary?.failures.length ? ' has-errors' : ''}`} role="status" aria-live="polite">
      {error && <p className="import-error">Import failed: {error}</p>}
      {summary && (
        <>
          <p>
            Imported {summary.imported} article{summary.imported === 1 ? '' : 's'}
            {summary.failures.length > 0 && `; ${summary.failures.length} could not be imported`}
            {summary.duplicates.length > 0 && `; ${summary.duplicates.length} look like duplicates`}.
          </p>
          {summary.failures.length > 0 && (
            <ul className="import-failures">
              {summary.failures.map((failure) => (
                <li key={failure.path}>{failure.error}</li>
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
