// Backup, restore and annotation import as the user runs them. A backup goes out through main's
// save dialog (desktop) or as a download built in the renderer (browser mode, see save-backup);
// a backup comes back through main's open dialog or from a picked file read in a worker, is
// refused with a sentence if damaged, and lands in one transaction.
import { useCallback, useState } from 'react'
import { importAnnotations, restoreLibrary, type KnownSignatures } from '../../db/backup-repository'
import { platform } from '../../platform'
import { parseGlossW3cExport } from '../../../shared/backup'
import type { OpenedBackup } from '../../../shared/ipc/backup-schemas'
import { describeAnnotationImport, describeBackup, describeFailure, describeRestore, type BackupOutcome } from './backup-outcome'
import { readBackupFile } from '../../workers/backup-file-client'
import { saveBackup } from './save-backup'

/** Backup state and actions; `restoreFromFile` and `importAnnotationsFromFile` take a picked file. */
export function useBackup() {
  const [busy, setBusy] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null)

  const guarded = useCallback(async (label: string, failureTitle: string, work: () => Promise<BackupOutcome | null>) => {
    setBusy(label)
    try {
      const result = await work()
      if (result) setOutcome(result)
    } catch (error) {
      setOutcome(describeFailure(failureTitle, error))
    } finally {
      setBusy(null)
    }
  }, [])

  const backUp = useCallback(
    () =>
      guarded('Backing up…', 'Backup failed', async () => {
        const saved = await saveBackup()
        return saved && describeBackup(saved)
      }),
    [guarded]
  )

  const restoreOpened = useCallback(
    async (backup: OpenedBackup, signatures?: KnownSignatures) =>
      describeRestore(backup.fileName, await restoreLibrary(backup.data, signatures), backup.warnings),
    []
  )

  /** Desktop: the native open dialog. */
  const restoreWithDialog = useCallback(
    () =>
      guarded('Restoring…', 'Restore refused', async () => {
        const { backup } = await platform.call('backup:open', {})
        return backup ? restoreOpened(backup) : null
      }),
    [guarded, restoreOpened]
  )

  /** Browser mode: a file from the picker. */
  const restoreFromFile = useCallback(
    (file: File) =>
      guarded('Restoring…', 'Restore refused', async () => {
        const { backup, signatures } = await readBackupFile(file)
        return restoreOpened(backup, signatures)
      }),
    [guarded, restoreOpened]
  )

  const importAnnotationsFromFile = useCallback(
    (file: File) =>
      guarded('Importing annotations…', 'Annotations not imported', async () => {
        const parsed = parseGlossW3cExport(await file.text())
        if (!parsed.ok) throw new Error(`${file.name}: ${parsed.error}`)
        return describeAnnotationImport(file.name, await importAnnotations(parsed.value, file.name))
      }),
    [guarded]
  )

  return { busy, outcome, dismiss: useCallback(() => setOutcome(null), []), backUp, restoreWithDialog, restoreFromFile, importAnnotationsFromFile }
}
