// A stored article: metadata (listed often) apart from its body (read when opened).
import { z } from 'zod'
import { BlockSchema, RemovalSchema, RepairSchema, SourceFormatSchema } from './document'

export const ReadingStateSchema = z.enum(['new', 'reading', 'finished'])
export type ReadingState = z.infer<typeof ReadingStateSchema>

export const ArticleMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedPartial: z.string().nullable(),
  source: z.string().nullable(),
  /** The article's own web address, when its file said (see ParsedArticle.url). */
  url: z.string().nullable(),
  language: z.string().nullable(),
  fileName: z.string(),
  format: SourceFormatSchema,
  wordCount: z.number().int().nonnegative(),
  highlightCount: z.number().int().nonnegative(),
  tags: z.array(z.string()),
  readingState: ReadingStateSchema,
  /** Fraction of the article read, 0..1. */
  progress: z.number().min(0).max(1),
  addedAt: z.number(),
  updatedAt: z.number(),
  /** Set when moved to the trash; null otherwise. */
  trashedAt: z.number().nullable()
})
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>

export const ArticleBodySchema = z.object({
  articleId: z.string(),
  blocks: z.array(BlockSchema),
  removed: z.array(RemovalSchema),
  repairs: z.array(RepairSchema),
  warnings: z.array(z.string()),
  originalText: z.string()
})
export type ArticleBody = z.infer<typeof ArticleBodySchema>
