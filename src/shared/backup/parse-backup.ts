// Reads a backup file the user picked. Anything that is not a complete Gloss backup of a
// version we understand is refused with a sentence the user can act on, and no data.
import { BACKUP_FORMAT, BACKUP_LISTS, BACKUP_VERSION, type BackupData } from './backup-schema'
import { restoreBackup } from './restore-backup'

/** A parsed backup with notes on repaired records, or why the file cannot be restored. */
export type ParsedBackup = { ok: true; value: BackupData; warnings: string[] } | { ok: false; error: string }

/** Parses and normalises backup text; corrupt, truncated, foreign or future files give an error. */
export function parseBackup(text: string): ParsedBackup {
  const trimmed = text.replace(/^\ufeff/, '').trim()
  if (trimmed === '') return fail('The backup file is empty.')
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch {
    return fail(
      trimmed.startsWith('{') && !trimmed.endsWith('}')
        ? 'The backup file is incomplete: it ends too early, perhaps because copying or saving it was interrupted.'
        : 'The backup file is damaged: it is not valid JSON.'
    )
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('This file is not a Gloss backup.')
  const file = raw as Record<string, unknown>
  if (file.format !== BACKUP_FORMAT) {
    if ('@context' in file || file.type === 'AnnotationCollection') {
      return fail('This is an annotation export (W3C Web Annotations), not a Gloss backup. Import it as annotations instead.')
    }
    return fail('This file is not a Gloss backup.')
  }
  const version = file.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The backup file is damaged: its format version is missing or invalid.')
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer version of Gloss (backup format ${version}; this version reads up to ${BACKUP_VERSION}). Update Gloss to restore it.`
    )
  }
  const notList = BACKUP_LISTS.find((field) => field in file && !Array.isArray(file[field]))
  if (notList !== undefined) return fail(`The backup file is damaged: “${notList}” is not a list.`)
  try {
    const { data, warnings } = restoreBackup(file)
    return { ok: true, value: data, warnings }
  } catch {
    return fail('The backup file is damaged: some records could not be read.')
  }
}

function fail(error: string): ParsedBackup {
  return { ok: false, error }
}
