// Export requests cross the boundary with whole records, so they are validated like any payload.
import { z } from 'zod'
import { ArticleBodySchema, ArticleMetaSchema } from '../model/article'
import { HighlightColorSchema, HighlightSchema, NoteSchema } from '../model/annotation'

export const ExportFormatSchema = z.enum(['md', 'csv', 'w3c', 'html'])
export type ExportFormat = z.infer<typeof ExportFormatSchema>

export const ExportModeSchema = z.enum(['single-file', 'file-per-article'])

export const ExportArticleSchema = z.object({
  meta: ArticleMetaSchema,
  body: ArticleBodySchema.nullable(),
  highlights: z.array(HighlightSchema),
  articleNote: NoteSchema.nullable()
})

export const ExportOptionsSchema = z.object({
  includeArticleText: z.boolean(),
  includeNotes: z.boolean(),
  includeTags: z.boolean(),
  includeColors: z.boolean(),
  colorMeanings: z.record(HighlightColorSchema, z.string()),
  exportedAt: z.coerce.date()
})

/** What an export needs: the format, its options and the articles (sent in batches; see ExportBeginSchema). */
export type ExportRequest = z.input<typeof ExportBeginSchema> & { articles: z.input<typeof ExportArticleSchema>[] }

/** At most this many articles cross the boundary in one call, so big exports stream with progress. */
export const EXPORT_BATCH_SIZE = 500

/** Starts a batched export: format and options now, articles in batches through `export:append`. */
export const ExportBeginSchema = z.object({ format: ExportFormatSchema, mode: ExportModeSchema, options: ExportOptionsSchema })

export const ExportAppendSchema = z.object({ jobId: z.string().min(1).max(100), articles: z.array(ExportArticleSchema).min(1).max(EXPORT_BATCH_SIZE) })

/** A file handed back for the browser to download; zips travel as base64. */
export const DownloadFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string()
})
export type DownloadFile = z.infer<typeof DownloadFileSchema>

/** What an export wrote: paths (desktop) or one download (browser), with counts for the report. */
export const ExportReportSchema = z.object({
  cancelled: z.boolean(),
  written: z.array(z.string()),
  download: DownloadFileSchema.nullable(),
  fileCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  highlightCount: z.number().int().nonnegative()
})
export type ExportReport = z.infer<typeof ExportReportSchema>

export const ExportPreviewRequestSchema = z.object({
  format: ExportFormatSchema,
  mode: ExportModeSchema,
  options: ExportOptionsSchema,
  // Only the first file is previewed; a few articles are enough to fill it.
  articles: z.array(ExportArticleSchema).min(1).max(20)
})
