// Writes the library as a backup file; the envelope lets `parseBackup` recognise foreign,
// truncated and future-version files before touching any data.
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData, type BackupFile } from './backup-schema'

/** Serialises library data as a version-1 Gloss backup (JSON text). */
export function serializeBackup(data: BackupData, createdAt: Date = new Date()): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: createdAt.toISOString(), ...data }
  return JSON.stringify(file)
}
