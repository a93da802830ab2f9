// The export entry point: the main process picks a format and mode and writes what comes back.
import { exportAsHtml } from './html'
import { exportAsMarkdown } from './markdown'
import { exportAsReadwiseCsv } from './readwise-csv'
import type { ExportArticle, ExportFile, ExportFormatter, ExportMode, ExportOptions } from './types'
import { exportAsW3cAnnotations } from './w3c-annotations'

export type { ExportArticle, ExportFile, ExportFormatter, ExportMode, ExportOptions } from './types'
export { exportAsHtml, exportAsMarkdown, exportAsReadwiseCsv, exportAsW3cAnnotations }
export { tiptapToMarkdown, noteToMarkdown } from './tiptap-to-markdown'
export { sanitizeFileName, createUniqueFileNamer } from './file-names'
export { describeExportCounts } from './describe-counts'
export { hasTagInScope } from './tag-scope'

/** The export formats Gloss offers. */
export type ExportFormat = 'md' | 'csv' | 'w3c' | 'html'

const FORMATTERS: Record<ExportFormat, ExportFormatter> = {
  md: exportAsMarkdown,
  csv: exportAsReadwiseCsv,
  w3c: exportAsW3cAnnotations,
  html: exportAsHtml
}

/** Exports articles in the chosen format and layout, as in-memory files. */
export function exportArticles(format: ExportFormat, articles: ExportArticle[], options: ExportOptions, mode: ExportMode): ExportFile[] {
  return FORMATTERS[format](articles, options, mode)
}

/** The first `lineCount` lines of the first file an export would produce, for a preview pane. */
export function previewExport(format: ExportFormat, articles: ExportArticle[], options: ExportOptions, mode: ExportMode, lineCount = 40): string {
  // Only the first file is shown, so only the articles that can appear in it are formatted.
  const sample = mode === 'file-per-article' ? articles.slice(0, 1) : articles
  const first = exportArticles(format, sample, options, mode)[0]
  if (first === undefined) return ''
  return first.content.split(/\r?\n/).slice(0, lineCount).join('\n')
}
