// What the user is told after a backup, a restore or an annotation import: pure sentences,
// so their wording is tested without a DOM.
import type { MergeCounts } from '../../../shared/backup'
import type { AnnotationImportReport, RestoreReport } from '../../db/backup-repository'
import type { SavedBackup } from './save-backup'

/** A finished (or refused) operation, as shown in the report dialog. */
export interface BackupOutcome {
  title: string
  lines: string[]
  failed: boolean
}

const plural = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`

function listCounts(counts: MergeCounts): string {
  const parts = [
    counts.articles > 0 ? plural(counts.articles, 'article') : '',
    counts.highlights > 0 ? plural(counts.highlights, 'highlight') : '',
    counts.articleNotes > 0 ? plural(counts.articleNotes, 'article note') : '',
    counts.tags > 0 ? plural(counts.tags, 'tag') : '',
    counts.settings > 0 ? plural(counts.settings, 'setting') : ''
  ].filter(Boolean)
  return parts.length === 0 ? 'nothing' : parts.join(', ')
}

/** The report of a backup. */
export function describeBackup(saved: SavedBackup): BackupOutcome {
  return {
    title: 'Library backed up',
    lines: [`Saved ${plural(saved.articles, 'article')} and ${plural(saved.highlights, 'highlight')} to ${saved.where}.`],
    failed: false
  }
}

/** The report of a restore. */
export function describeRestore(fileName: string, report: RestoreReport, warnings: readonly string[]): BackupOutcome {
  const lines = [`Added ${listCounts(report.added)}.`]
  const updated = listCounts(report.updated)
  if (updated !== 'nothing') lines.push(`Updated ${updated} with newer versions from the backup.`)
  const skipped = listCounts({ ...report.skipped, bodies: 0 })
  if (skipped !== 'nothing') lines.push(`Already in the library, so not added again: ${skipped}.`)
  return { title: `Restored from ${fileName}`, lines: [...lines, ...warnings], failed: false }
}

/** The report of an annotation import. */
export function describeAnnotationImport(fileName: string, report: AnnotationImportReport): BackupOutcome {
  const lines = [`Attached ${plural(report.attached, 'annotation')} to their articles.`]
  if (report.orphaned > 0) lines.push(`${plural(report.orphaned, 'annotation')} could not be placed in the text and were kept as orphaned highlights.`)
  if (report.unplacedArticleTitle) lines.push(`Annotations that matched no article are in “${report.unplacedArticleTitle}”.`)
  if (report.alreadyPresent > 0) lines.push(`${plural(report.alreadyPresent, 'annotation')} were already in the library.`)
  return { title: `Imported annotations from ${fileName}`, lines, failed: false }
}

/** A refusal or failure, with the reason. */
export function describeFailure(title: string, error: unknown): BackupOutcome {
  const message = error instanceof Error ? error.message : String(error)
  return { title, lines: [message, 'Your library was not changed.'], failed: true }
}
