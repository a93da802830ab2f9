// Owns the app's one import for its whole lifetime (see import-context). Files dropped on any
// screen import; away from the library, where the import shows in place, its progress, duplicates
// and report float over the screen. In the browser, leaving the page mid-import asks first.
import { useEffect, type ReactElement, type ReactNode } from 'react'
import { platform } from '../../platform'
import { DropZone } from './DropZone'
import { ImportContext } from './import-context'
import { ImportStatus } from './ImportStatus'
import { useImport } from './use-import'

/** Provides the import to every screen; `floatStatus` when the screen on show has no place for it. */
export function ImportProvider({ floatStatus, children }: { floatStatus: boolean; children: ReactNode }): ReactElement {
  const importer = useImport()
  const { busy } = importer
  useEffect(() => {
    // Electron does not ask on beforeunload, it just keeps the window open: only the browser gets this.
    if (!busy || platform.mode !== 'browser') return
    const ask = (event: BeforeUnloadEvent): void => event.preventDefault()
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [busy])
  return (
    <ImportContext.Provider value={importer}>
      {children}
      <DropZone busy={busy} onFiles={(files) => void importer.importFiles(files)} />
      {floatStatus && (
        <div className="import-floating">
          <ImportStatus importer={importer} />
        </div>
      )}
    </ImportContext.Provider>
  )
}
