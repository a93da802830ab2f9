// Reading a backup file from disk, for the desktop's open dialog and the command line; the
// sentences it refuses a file with are shared with the browser mode (shared/backup).
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { openBackupText, refuseOversizedBackup } from '../../../shared/backup'
import type { OpenedBackup } from '../../../shared/ipc/backup-schemas'

/** Reads and parses a backup file from disk; throws with a readable message. */
export async function openBackupFile(path: string): Promise<OpenedBackup> {
  const name = basename(path)
  const info = await stat(path).catch(() => null)
  if (!info || !info.isFile()) throw new Error(`${name}: the backup file does not exist`)
  refuseOversizedBackup(name, info.size)
  return openBackupText(name, await readFile(path, 'utf8'))
}
