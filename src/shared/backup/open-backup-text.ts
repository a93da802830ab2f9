// Opening a backup file is the same on the desktop (main reads it), in the browser mode (a worker
// reads the picked file) and on the command line: any problem becomes one sentence that names the
// file and that the user can act on, and no data.
import type { OpenedBackup } from '../ipc/backup-schemas'
import { parseBackup } from './parse-backup'

// Far beyond any real library's backup, but bounded so a wrong pick cannot exhaust memory.
const MAX_BACKUP_BYTES = 1024 * 1024 * 1024

/** Throws, before anything is read, when a file of `bytes` is too large to be a Gloss backup. */
export function refuseOversizedBackup(fileName: string, bytes: number): void {
  if (bytes > MAX_BACKUP_BYTES) throw new Error(`${fileName}: the file is too large to be a Gloss backup`)
}

/** Parses backup text; throws an Error whose message says why the file cannot be restored. */
export function openBackupText(fileName: string, text: string): OpenedBackup {
  const parsed = parseBackup(text)
  if (!parsed.ok) throw new Error(`${fileName}: ${parsed.error}`)
  return { fileName, data: parsed.value, warnings: parsed.warnings }
}
