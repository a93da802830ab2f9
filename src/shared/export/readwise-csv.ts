// Readwise imports highlights from a CSV with fixed columns; spreadsheets open the same file.
// Tags ride in the Note column using Readwise's inline `.tag` syntax.
import Papa from 'papaparse'
import type { Highlight } from '../model/annotation'
import { articlePlainText } from '../model/text'
import { layoutFiles } from './export-files'
import { placeHighlights } from './highlight-ranges'
import { asReadwiseTag, formatTags } from './tag-syntax'
import { noteToMarkdown } from './tiptap-to-markdown'
import type { ExportArticle, ExportFile, ExportMode, ExportOptions } from './types'

/** Readwise's CSV columns, in the order its importer documents. */
export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const

/** Exports highlights as a Readwise-compatible CSV, one file or one per article. */
export function exportAsReadwiseCsv(articles: ExportArticle[], options: ExportOptions, mode: ExportMode): ExportFile[] {
  return layoutFiles(articles, options, mode, {
    extension: 'csv',
    mimeType: 'text/csv',
    render: (group) => {
      const rows = group.flatMap((article) => articleRows(article, options))
      // CRLF is what RFC 4180 and Excel expect; quoting is left to papaparse (commas, quotes, newlines).
      return Papa.unparse({ fields: [...READWISE_COLUMNS], data: rows }, { newline: '\r\n', quotes: false }) + '\r\n'
    }
  })
}

function articleRows(article: ExportArticle, options: ExportOptions): string[][] {
  const { meta } = article
  const textLength = article.body === null ? null : articlePlainText(article.body.blocks).length
  const { placed, orphaned } = placeHighlights(article.highlights, textLength)
  // Readwise files highlights under the article's address; an older source given as one stands in.
  const url = meta.url ?? (meta.source !== null && /^https?:\/\//i.test(meta.source) ? meta.source : '')
  return [...placed, ...orphaned].map((highlight) => [
    highlight.quote,
    meta.title,
    meta.byline ?? '',
    url,
    noteColumn(highlight, options),
    String(highlight.start),
    formatReadwiseDate(highlight.createdAt)
  ])
}

/** The Note column: tags first (Readwise reads `.tag` tokens), then the note as Markdown. */
function noteColumn(highlight: Highlight, options: ExportOptions): string {
  const tags = options.includeTags ? [...highlight.tags] : []
  if (options.includeColors) tags.push(options.colorMeanings[highlight.color] || highlight.color)
  const tagText = formatTags(tags, asReadwiseTag).join(' ')
  const note = options.includeNotes ? noteToMarkdown(highlight.note) : ''
  return [tagText, note].filter((part) => part !== '').join(' ')
}

/** Formats a timestamp as `YYYY-MM-DD HH:MM:SS` in UTC, the date form Readwise parses. */
export function formatReadwiseDate(timestamp: number): string {
  const date = new Date(Number.isFinite(timestamp) ? timestamp : 0)
  return date.toISOString().slice(0, 19).replace('T', ' ')
}
