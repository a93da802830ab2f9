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

// A part stops growing past this many characters: articles with pictures run to tens of MB each.
const MAX_PART_CHARS = 16 * 1024 * 1024

/**
 * The text of `serializeBackup`, character for character, in pieces of up to `recordsPerPart`
 * records (fewer once a piece passes 16M characters): a 10,000-article library is ~140 MB of
 * JSON, and one with pictures far more, which can be written piece by piece (to a Blob, to a
 * file) but may not be held as one string (a JavaScript string stops at ~512M characters).
 */
export function* backupFileParts(data: BackupData, createdAt: Date = new Date(), recordsPerPart = 500): Generator<string> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"createdAt":${JSON.stringify(createdAt.toISOString())}`
  for (const list of BACKUP_LISTS) {
    const records: readonly unknown[] = data[list]
    yield `,"${list}":[`
    let part: string[] = []
    let chars = 0
    for (const [index, record] of records.entries()) {
      // As inside JSON.stringify of the whole list, a value with no JSON form becomes null.
      const json = JSON.stringify(record) ?? 'null'
      part.push(index === 0 ? json : `,${json}`)
      chars += json.length
      if (part.length >= recordsPerPart || chars >= MAX_PART_CHARS) {
        yield part.join('')
        part = []
        chars = 0
      }
    }
    if (part.length > 0) yield part.join('')
    yield ']'
  }
  yield '}'
}
