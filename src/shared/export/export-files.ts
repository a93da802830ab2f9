// Every format offers the same two layouts; this keeps file naming and the single/per-article
// split in one place so formatters only render content.
import { createUniqueFileNamer, singleExportFileName } from './file-names'
import type { ExportArticle, ExportFile, ExportMode, ExportOptions } from './types'

/** How one format renders content and names its files. */
export interface FileLayout {
  extension: string
  mimeType: string
  /** Content of one file holding the given articles. */
  render: (articles: ExportArticle[], mode: ExportMode) => string
}

/** Produces one file for all articles, or one uniquely named file per article. */
export function layoutFiles(articles: ExportArticle[], options: ExportOptions, mode: ExportMode, layout: FileLayout): ExportFile[] {
  const { extension, mimeType, render } = layout
  if (mode === 'single-file') {
    return [{ fileName: singleExportFileName(options.exportedAt, extension), mimeType, content: render(articles, mode) }]
  }
  const nameFor = createUniqueFileNamer()
  return articles.map((article) => ({
    fileName: nameFor(article.meta.title, extension),
    mimeType,
    content: render([article], mode)
  }))
}
