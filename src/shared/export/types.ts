// The one input every export formatter takes, so formats stay interchangeable and testable
// without a database: the caller gathers articles, the formatter only turns them into text.
import type { ArticleBody, ArticleMeta } from '../model/article'
import type { Highlight, HighlightColor, Note } from '../model/annotation'

/** One article with everything the user added to it, as an exporter needs it. */
export interface ExportArticle {
  meta: ArticleMeta
  body: ArticleBody | null
  highlights: Highlight[]
  articleNote: Note | null
}

/** What the user chose to include in an export. */
export interface ExportOptions {
  includeArticleText: boolean
  includeNotes: boolean
  includeTags: boolean
  includeColors: boolean
  colorMeanings: Record<HighlightColor, string>
  exportedAt: Date
}

/** One file an export produces, still in memory; the caller writes it. */
export interface ExportFile {
  fileName: string
  mimeType: string
  content: string
}

/** Whether an export writes everything into one file or one file per article. */
export type ExportMode = 'single-file' | 'file-per-article'

/** The signature every formatter shares. */
export type ExportFormatter = (articles: ExportArticle[], options: ExportOptions, mode: ExportMode) => ExportFile[]
