// Runs an export of any size: articles go to the main process in batches (no giant IPC
// payload, and a progress bar that moves), then main saves them or hands back one download.
import { platform, downloadFiles } from '../../platform'
import { loadExportArticles } from '../../db/export-repository'
import { EXPORT_BATCH_SIZE, type ExportFormat, type ExportReport, type ExportRequest } from '../../../shared/ipc/export-schemas'

/** Everything an export needs but the articles. */
export interface ExportSettings {
  format: ExportFormat
  mode: ExportRequest['mode']
  options: ExportRequest['options']
}

/** Exports the articles with these ids; `onProgress` gets (done, total) after each batch. */
export async function runExport(
  ids: readonly string[],
  settings: ExportSettings,
  onProgress: (done: number, total: number) => void = () => {}
): Promise<ExportReport> {
  const { jobId } = await platform.call('export:begin', settings)
  try {
    onProgress(0, ids.length)
    for (let index = 0; index < ids.length; index += EXPORT_BATCH_SIZE) {
      const articles = await loadExportArticles(ids.slice(index, index + EXPORT_BATCH_SIZE))
      if (articles.length > 0) await platform.call('export:append', { jobId, articles })
      onProgress(Math.min(ids.length, index + EXPORT_BATCH_SIZE), ids.length)
    }
  } catch (error) {
    void platform.call('export:cancel', { jobId }).catch(() => {})
    throw error
  }
  const report = await platform.call('export:finish', { jobId })
  if (report.download) downloadFiles([report.download])
  return report
}
