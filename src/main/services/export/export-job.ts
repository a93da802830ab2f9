// A large export arrives in batches (so no single IPC payload is huge and the UI can show
// progress); a job renders each batch as it comes and keeps file names unique across batches.
import { exportArticles, createUniqueFileNamer, type ExportArticle, type ExportFile, type ExportMode, type ExportOptions } from '../../../shared/export'
import type { ExportFormat } from '../../../shared/ipc/export-schemas'

/** Counts for the report shown after an export. */
export interface ExportCounts {
  articleCount: number
  highlightCount: number
}

/** One export in progress. */
export interface ExportJob {
  readonly format: ExportFormat
  readonly mode: ExportMode
  /** Adds a batch of articles, in export order. */
  append(articles: ExportArticle[]): void
  /** The files so far (file per article) or the one file of everything appended (single file). */
  files(): ExportFile[]
  counts(): ExportCounts
}

/** Starts an export job. */
export function createExportJob(format: ExportFormat, mode: ExportMode, options: ExportOptions): ExportJob {
  const rendered: ExportFile[] = []
  // A single file needs every article at once (one CSV header, one JSON collection).
  const pending: ExportArticle[] = []
  const nameFor = createUniqueFileNamer()
  const counts: ExportCounts = { articleCount: 0, highlightCount: 0 }
  return {
    format,
    mode,
    append(articles) {
      counts.articleCount += articles.length
      for (const article of articles) counts.highlightCount += article.highlights.length
      if (mode === 'single-file') {
        pending.push(...articles)
        return
      }
      for (const article of articles) {
        // One article per call, so the formatter's name is the bare title stem; the job's namer
        // then keeps names unique across batches, not only within one.
        for (const file of exportArticles(format, [article], options, mode)) {
          const dot = file.fileName.lastIndexOf('.')
          rendered.push({ ...file, fileName: nameFor(file.fileName.slice(0, dot), file.fileName.slice(dot + 1)) })
        }
      }
    },
    files() {
      if (mode === 'file-per-article') return rendered
      return pending.length === 0 ? [] : exportArticles(format, pending, options, mode)
    },
    counts: () => ({ ...counts })
  }
}
