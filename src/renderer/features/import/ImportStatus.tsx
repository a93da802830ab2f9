// Everything an import shows in the library: its progress while running, the duplicates to
// decide on, then the report.
import type { ReactElement } from 'react'
import { DuplicatesDialog } from './DuplicatesDialog'
import { ImportProgressBar } from './ImportProgressBar'
import { ImportReport } from './ImportReport'
import type { Importer } from './use-import'

/** The import's progress, duplicates dialog and report, whichever apply now. */
export function ImportStatus({ importer }: { importer: Importer }): ReactElement {
  return (
    <>
      {importer.progress && <ImportProgressBar progress={importer.progress} onCancel={importer.cancel} />}
      {importer.duplicates && <DuplicatesDialog duplicates={importer.duplicates} onDone={(choices) => void importer.resolveDuplicates(choices)} />}
      {/* Not while duplicates are decided on and stored: until then its counts would be short of them. */}
      {!importer.busy && <ImportReport summary={importer.summary} error={importer.error} onDismiss={importer.dismiss} />}
    </>
  )
}
