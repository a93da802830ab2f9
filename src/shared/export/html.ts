// A standalone HTML page to read or print highlights without Gloss: no scripts, no remote
// resources (a CSP forbids them even if something slipped through), styles inlined.
import { escapeHtml } from './escape-html'
import { layoutFiles } from './export-files'
import { articleAsHtml } from './html-article'
import { HTML_EXPORT_CSS } from './html-styles'
import type { ExportArticle, ExportFile, ExportMode, ExportOptions } from './types'

/** Exports articles as self-contained, printable HTML pages. */
export function exportAsHtml(articles: ExportArticle[], options: ExportOptions, mode: ExportMode): ExportFile[] {
  return layoutFiles(articles, options, mode, {
    extension: 'html',
    mimeType: 'text/html',
    render: (group) => {
      const title = mode === 'file-per-article' && group[0] !== undefined ? group[0].meta.title : 'Gloss export'
      const body = group.map((article, index) => articleAsHtml(article, options, `a${index + 1}`)).join('\n')
      return htmlPage(title, body, options.exportedAt)
    }
  })
}

function htmlPage(title: string, body: string, exportedAt: Date): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gloss">
<title>${escapeHtml(title)}</title>
<style>
${HTML_EXPORT_CSS}
</style>
</head>
<body>
${body}
<footer>Exported from Gloss on ${escapeHtml(exportedAt.toISOString().slice(0, 10))}.</footer>
</body>
</html>
`
}
