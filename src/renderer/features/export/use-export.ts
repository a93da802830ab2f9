// Export from the UI: the main process (or the browser-mode server) formats the files; the
// desktop app then asks where to save them, the browser downloads them.
import { useCallback, useState } from 'react'
import { platform, downloadFiles } from '../../platform'
import { loadExportArticles } from '../../db/export-repository'
import { DEFAULT_COLOR_MEANINGS } from '../../../shared/model/annotation'
import type { ExportFormat } from '../../../shared/ipc/export-schemas'

/** Export state and the action for given articles. */
export function useExport(): { status: string | null; exportArticles(ids: string[], format: ExportFormat): Promise<void>; dismiss(): void } {
  const [status, setStatus] = useState<string | null>(null)
  const exportArticles = useCallback(async (ids: string[], format: ExportFormat) => {
    try {
      const articles = await loadExportArticles(ids)
      if (articles.length === 0) return setStatus('Nothing to export')
      const { files } = await platform.call('export:render', {
        format,
        // One article exports as its own file, with its own front matter.
        mode: ids.length === 1 ? 'file-per-article' : 'single-file',
        articles,
        options: { includeArticleText: false, includeNotes: true, includeTags: true, includeColors: true, colorMeanings: DEFAULT_COLOR_MEANINGS, exportedAt: new Date() }
      })
      if (platform.hasNativeDialogs) {
        const result = await platform.call('export:save', { files })
        setStatus(result.cancelled ? 'Export cancelled' : `Exported to ${result.written.join(', ')}`)
      } else {
        downloadFiles(files)
        setStatus(`Downloaded ${files.map((file) => file.fileName).join(', ')}`)
      }
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }, [])
  return { status, exportArticles, dismiss: () => setStatus(null) }
}
