// Mounts backup, restore and annotation import once for the app: the hidden file pickers of the
// browser mode, the busy notice and the report dialog; publishes the commands to the registry.
import { useMemo, useRef, type ReactElement, type ReactNode } from 'react'
import { useCommandTarget } from '../../commands/use-command-target'
import { platform } from '../../platform'
import { Dialog, DialogHeader } from '../../ui/Dialog'
import { BackupContext } from './backup-context'
import { useBackup } from './use-backup'
import './backup.css'

/** Provides backup actions to its children. */
export function BackupProvider({ children }: { children: ReactNode }): ReactElement {
  const backup = useBackup()
  const restoreInput = useRef<HTMLInputElement>(null)
  const annotationsInput = useRef<HTMLInputElement>(null)
  const { backUp, restoreWithDialog } = backup
  const actions = useMemo(
    () => ({
      backUp: () => void backUp(),
      restore: () => (platform.hasNativeDialogs ? void restoreWithDialog() : restoreInput.current?.click()),
      // A file input shows the native open dialog in Electron too, and the file is only read here.
      importAnnotations: () => annotationsInput.current?.click()
    }),
    [backUp, restoreWithDialog]
  )
  useCommandTarget('libraryData', actions)
  const take = (input: HTMLInputElement, handle: (file: File) => Promise<void>) => {
    const file = input.files?.[0]
    input.value = ''
    if (file) void handle(file)
  }
  return (
    <BackupContext.Provider value={actions}>
      {children}
      <input
        ref={restoreInput}
        type="file"
        hidden
        accept=".json,application/json"
        data-testid="restore-backup-input"
        onChange={(event) => take(event.currentTarget, backup.restoreFromFile)}
      />
      <input
        ref={annotationsInput}
        type="file"
        hidden
        accept=".json,.jsonld,application/json,application/ld+json"
        data-testid="import-annotations-input"
        onChange={(event) => take(event.currentTarget, backup.importAnnotationsFromFile)}
      />
      {backup.busy && (
        <p className="backup-busy" role="status" aria-live="polite">
          {backup.busy}
        </p>
      )}
      {backup.outcome && (
        <Dialog label={backup.outcome.title} className="backup-report" onClose={backup.dismiss}>
          <DialogHeader title={backup.outcome.title} onClose={backup.dismiss} />
          <div role={backup.outcome.failed ? 'alert' : 'status'} className={backup.outcome.failed ? 'backup-failed' : undefined}>
            {backup.outcome.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <footer className="backup-actions">
            <button type="button" className="button primary" onClick={backup.dismiss}>
              OK
            </button>
          </footer>
        </Dialog>
      )}
    </BackupContext.Provider>
  )
}
