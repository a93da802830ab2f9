// Reading a backup file is the same on the desktop, in the browser mode and on the command
// line: any problem becomes one sentence the user can act on, and no data.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseBackup } from '../../../shared/backup'
import type { OpenedBackup } from '../../../shared/ipc/backup-schemas'

// Far beyond any real library's backup, but bounded so a wrong pick cannot exhaust memory.
const MAX_BACKUP_BYTES = 1024 * 1024 * 1024

/** Parses backup text; throws an Error whose message says why the file cannot be restored. */
export function openBackupText(fileName: string, text: string): OpenedBackup {
  const parsed = parseBackup(text)
  if (!parsed.ok) throw new Error(`${fileName}: ${parsed.error}`)
  return { fileName, data: parsed.value, warnings: parsed.warnings }
}

/** Reads and parses a backup file from disk; throws with a readable message. */
export async function openBackupFile(path: string): Promise<OpenedBackup> {
  const name = basename(path)
  const info = await stat(path).catch(() => null)
  if (!info || !info.isFile()) throw new Error(`${name}: the backup file does not exist`)
  if (info.size > MAX_BACKUP_BYTES) throw new Error(`${name}: the file is too large to be a Gloss backup`)
  return openBackupText(name, await readFile(path, 'utf8'))
}
