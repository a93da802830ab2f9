// Headless export: the same job and file writing as the app, fed from a backup file, for
// `npm run export` and for scripts.
import { stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportFormat } from '../../../shared/ipc/export-schemas'
import { EXPORT_BATCH_SIZE } from '../../../shared/ipc/export-schemas'
import { openBackupFile } from '../backup/read-backup-file'
import { articlesFromBackup, colorMeaningsFromBackup, type BackupScope } from './articles-from-backup'
import { createExportJob } from './export-job'
import { writeFilesToFolder } from './write-files'

/** What to export from a backup and where. */
export interface BackupExportRequest {
  backupPath: string
  format: ExportFormat
  scope: BackupScope
  /** A folder (one file per article) or, with `singleFile`, a file path or an existing folder to put it in. */
  out: string
  singleFile: boolean
  /** Replace existing files instead of refusing. */
  force: boolean
  includeArticleText: boolean
  exportedAt?: Date
}

/** Writes the export; returns the paths and counts. Throws with a readable message on any problem. */
export async function exportFromBackup(
  request: BackupExportRequest
): Promise<{ written: string[]; fileCount: number; articleCount: number; highlightCount: number }> {
  const { data } = await openBackupFile(request.backupPath)
  const articles = articlesFromBackup(data, request.scope)
  const options = {
    includeArticleText: request.includeArticleText,
    includeNotes: true,
    includeTags: true,
    includeColors: true,
    colorMeanings: colorMeaningsFromBackup(data),
    exportedAt: request.exportedAt ?? new Date()
  }
  const job = createExportJob(request.format, request.singleFile ? 'single-file' : 'file-per-article', options)
  for (let index = 0; index < articles.length; index += EXPORT_BATCH_SIZE) job.append(articles.slice(index, index + EXPORT_BATCH_SIZE))
  const files = job.files()
  const counts = { ...job.counts(), fileCount: files.length }
  if (!request.singleFile) return { written: await writeFilesToFolder(request.out, files, request.force ? 'replace' : 'refuse'), ...counts }
  const file = files[0]!
  const info = await stat(request.out).catch(() => null)
  const path = info?.isDirectory() ? join(request.out, file.fileName) : request.out
  try {
    await writeFile(path, file.content, { encoding: 'utf8', flag: request.force ? 'w' : 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Error(`${path} already exists; nothing was written (use --force to replace it)`, { cause: error })
    throw error
  }
  return { written: [path], ...counts }
}
