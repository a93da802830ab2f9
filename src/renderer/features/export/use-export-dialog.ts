// The export dialog's state: which articles, which format and layout, what to include, the
// preview of the first lines, and the run with its progress and report.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { articleIdsForScope, listExportTags, loadExportArticles } from '../../db/export-repository'
import { getArticleMeta } from '../../db/articles-repository'
import { platform } from '../../platform'
import { useColorMeanings } from '../annotations/use-color-meanings'
import type { ExportFormat, ExportReport } from '../../../shared/ipc/export-schemas'
import type { ExportScope } from './export-context'
import { runExport, type ExportSettings } from './run-export'

/** Where the files go: everything in one file, or a folder with one file per article. */
export type ExportDestination = 'file' | 'folder'

/** Which parts of the annotations to include. */
export interface ExportIncludes {
  includeArticleText: boolean
  includeNotes: boolean
  includeTags: boolean
  includeColors: boolean
}

/** Where a run stands. */
export type ExportPhase =
  { name: 'choosing' } | { name: 'running'; done: number; total: number } | { name: 'done'; report: ExportReport } | { name: 'failed'; message: string }

// Enough articles to fill the preview's first lines of a single-file export.
const PREVIEW_ARTICLES = 3

/** Everything the export dialog shows and does. */
export function useExportDialog(initialScope: ExportScope) {
  const [scope, setScope] = useState<ExportScope>(initialScope)
  const [format, setFormat] = useState<ExportFormat>('md')
  const [destination, setDestination] = useState<ExportDestination>('file')
  const [includes, setIncludes] = useState<ExportIncludes>({ includeArticleText: false, includeNotes: true, includeTags: true, includeColors: true })
  const [ids, setIds] = useState<string[] | null>(null)
  const [tags, setTags] = useState<string[]>([])
  const [articleTitle, setArticleTitle] = useState<string | null>(null)
  const [preview, setPreview] = useState<{ fileName: string; text: string } | null>(null)
  const [phase, setPhase] = useState<ExportPhase>({ name: 'choosing' })
  const colorMeanings = useColorMeanings()

  useEffect(() => void listExportTags().then(setTags), [])
  useEffect(() => {
    if (initialScope.kind !== 'article') return
    void getArticleMeta(initialScope.id).then((meta) => setArticleTitle(meta?.title ?? null))
  }, [initialScope])
  useEffect(() => {
    let current = true
    setIds(null)
    void articleIdsForScope(scope).then((found) => current && setIds(found))
    return () => {
      current = false
    }
  }, [scope])

  const settings = useMemo((): ExportSettings => {
    // A lone article always gets its own file, with its own front matter.
    const mode = destination === 'folder' || ids?.length === 1 ? 'file-per-article' : 'single-file'
    return { format, mode, options: { ...includes, colorMeanings, exportedAt: new Date() } }
  }, [format, destination, ids, includes, colorMeanings])

  useEffect(() => {
    let current = true
    setPreview(null)
    if (!ids || ids.length === 0) return
    void loadExportArticles(ids.slice(0, PREVIEW_ARTICLES))
      .then((articles) => (articles.length === 0 ? null : platform.call('export:preview', { ...settings, articles })))
      .then((result) => current && setPreview(result))
      .catch((error: unknown) => current && setPreview({ fileName: '', text: `Preview failed: ${error instanceof Error ? error.message : String(error)}` }))
    return () => {
      current = false
    }
  }, [ids, settings])

  const run = useCallback(async () => {
    if (!ids || ids.length === 0) return
    setPhase({ name: 'running', done: 0, total: ids.length })
    try {
      const report = await runExport(ids, { ...settings, options: { ...settings.options, exportedAt: new Date() } }, (done, total) =>
        setPhase({ name: 'running', done, total })
      )
      setPhase(report.cancelled ? { name: 'choosing' } : { name: 'done', report })
    } catch (error) {
      setPhase({ name: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }, [ids, settings])

  return { scope, setScope, format, setFormat, destination, setDestination, includes, setIncludes, ids, tags, articleTitle, preview, phase, run, initialScope }
}
