// Writes the library as a backup file; the envelope lets `parseBackup` recognise foreign,
// truncated and future-version files before touching any data.
import { BACKUP_FORMAT, BACKUP_LISTS, BACKUP_VERSION, type BackupData } from './backup-schema'

/** The default name of a backup made at `date`. */
export function backupFileName(date: Date): string {
  return `Gloss backup ${date.toISOString().slice(0, 10)}.gloss.json`
}

/** Serialises library data as a version-1 Gloss backup (JSON text). */
export function serializeBackup(data: BackupData, createdAt: Date = new Date()): string {
  return [...backupFileParts(data, createdAt)].join('')
}

/**
 * The text of `serializeBackup`, character for character, in pieces of up to `recordsPerPart`
 * records: a 10,000-article library is ~140 MB of JSON, which a browser can write to a Blob piece
 * by piece but may fail to hold as one string.
 */
export function* backupFileParts(data: BackupData, createdAt: Date = new Date(), recordsPerPart = 500): Generator<string> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"createdAt":${JSON.stringify(createdAt.toISOString())}`
  for (const list of BACKUP_LISTS) {
    const records: readonly unknown[] = data[list]
    yield `,"${list}":[`
    for (let start = 0; start < records.length; start += recordsPerPart) {
      // As inside JSON.stringify of the whole list, a value with no JSON form becomes null.
      const part = records
        .slice(start, start + recordsPerPart)
        .map((record) => JSON.stringify(record) ?? 'null')
        .join(',')
      yield start === 0 ? part : `,${part}`
    }
    yield ']'
  }
  yield '}'
}
