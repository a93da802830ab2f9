// Backup, restore and annotation import as the user runs them: the library goes out through
// the main process (save dialog or download), comes back through it (open dialog or file
// picker, parsed and refused there if damaged), and lands in one transaction.
import { useCallback, useState } from 'react'
import { importAnnotations, readLibrary, restoreLibrary } from '../../db/backup-repository'
import { downloadFiles, platform } from '../../platform'
import { parseGlossW3cExport } from '../../../shared/backup'
import type { OpenedBackup } from '../../../shared/ipc/backup-schemas'
import { describeAnnotationImport, describeFailure, describeRestore, type BackupOutcome } from './backup-outcome'

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
        const data = await readLibrary()
        const saved = await platform.call('backup:save', { data })
        if (saved.cancelled) return null
        if (saved.download) downloadFiles([saved.download])
        const where = saved.savedTo ?? `“${saved.download?.fileName}” (downloaded)`
        return {
          title: 'Library backed up',
          lines: [`Saved ${data.articles.length.toLocaleString('en')} articles and ${data.highlights.length.toLocaleString('en')} highlights to ${where}.`],
          failed: false
        }
      }),
    [guarded]
  )

  const restoreOpened = useCallback(async (backup: OpenedBackup) => describeRestore(backup.fileName, await restoreLibrary(backup.data), backup.warnings), [])

  /** Desktop: the native open dialog. */
  const restoreWithDialog = useCallback(
    () =>
      guarded('Restoring…', 'Restore refused', async () => {
        const { backup } = await platform.call('backup:open', {})
        return backup ? restoreOpened(backup) : null
      }),
    [guarded, restoreOpened]
  )

  const restoreFromFile = useCallback(
    (file: File) =>
      guarded('Restoring…', 'Restore refused', async () => restoreOpened(await platform.call('backup:read', { fileName: file.name, text: await file.text() }))),
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
