// What the last quick export did ("Saved 3 files to …"), until dismissed; shown by the library and
// the reader, each with the status of its own exports (see useExport).
import type { ReactElement } from 'react'

/** The export status toast, or nothing when there is no status. */
export function ExportStatusToast({ status, onDismiss }: { status: string | null; onDismiss(): void }): ReactElement | null {
  if (!status) return null
  return (
    <p className="toast" role="status">
      {status}{' '}
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  )
}
