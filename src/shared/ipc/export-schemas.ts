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

export const ExportRequestSchema = z.object({
  format: ExportFormatSchema,
  mode: ExportModeSchema,
  options: ExportOptionsSchema,
  articles: z.array(ExportArticleSchema).min(1)
})
export type ExportRequest = z.input<typeof ExportRequestSchema>

export const ExportFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string(),
  content: z.string()
})
