// Export from anywhere: a quick export of given articles (the reader's "Export Markdown", the
// library's bulk selection) and the full export dialog.
import { useCallback, useContext, useState } from 'react'
import { getColorMeanings } from '../../db/color-meanings-repository'
import { describeExportCounts } from '../../../shared/export/describe-counts'
import type { ExportFormat } from '../../../shared/ipc/export-schemas'
import { ExportContext, type ExportScope } from './export-context'
import { runExport } from './run-export'

/** Export state, a quick export of given articles, and the export dialog. */
export function useExport(): {
  status: string | null
  exportArticles(ids: string[], format: ExportFormat): Promise<void>
  openExportDialog(scope?: ExportScope): void
  dismiss(): void
} {
  const { openExportDialog } = useContext(ExportContext)
  const [status, setStatus] = useState<string | null>(null)
  const exportArticles = useCallback(async (ids: string[], format: ExportFormat) => {
    try {
      if (ids.length === 0) return setStatus('Nothing to export')
      const report = await runExport(ids, {
        format,
        // One article exports as its own file, with its own front matter; several as one file.
        mode: ids.length === 1 ? 'file-per-article' : 'single-file',
        options: {
          includeArticleText: false,
          includeNotes: true,
          includeTags: true,
          includeColors: true,
          colorMeanings: await getColorMeanings(),
          exportedAt: new Date()
        }
      })
      if (report.fileCount === 0) setStatus('Nothing to export')
      else if (report.cancelled) setStatus('Export cancelled')
      else if (report.download) setStatus(`Downloaded ${report.download.fileName} (${describeExportCounts(report)})`)
      else setStatus(`Exported to ${report.written.join(', ')}`)
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }, [])
  const dismiss = useCallback(() => setStatus(null), [])
  return { status, exportArticles, openExportDialog, dismiss }
}
