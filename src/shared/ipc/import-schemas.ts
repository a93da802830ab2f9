// The import job's channels: start, send files in chunks, poll for progress and results, cancel;
// and re-cleaning an article's original text. Polling works alike over IPC and HTTP.
import { z } from 'zod'
import { BlockSchema, ParsedDocumentSchema, RemovalSchema, RepairSchema, SourceFormatSchema } from '../model/document'

const JobIdSchema = z.string().min(1).max(100)

/** Starts a job: files the renderer will upload in chunks, or the desktop app's open dialog. */
/** Most files one upload import takes; the page refuses a larger choice in words before starting. */
export const MAX_FILES_PER_IMPORT = 100_000

export const ImportStartRequestSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('upload'), total: z.number().int().min(1).max(MAX_FILES_PER_IMPORT) }),
  z.object({ source: z.literal('dialog'), folders: z.boolean() })
])

/** The job, or null when the dialog was cancelled; total is the number of files it will answer. */
export const ImportStartResponseSchema = z.object({ jobId: JobIdSchema.nullable(), total: z.number().int().nonnegative() })

/** A file the renderer could not read, answered as a failure without uploading it. */
export const UnreadableFileSchema = z.object({ name: z.string().min(1).max(4096), error: z.string().max(2000) })
export type UnreadableFile = z.infer<typeof UnreadableFileSchema>

/** A parsed file with its MinHash signature (null when it failed), for duplicate checks against the library. */
export const ImportResultSchema = z.object({ document: ParsedDocumentSchema, signature: z.array(z.number().int().nonnegative()).nullable() })
export type ImportResult = z.infer<typeof ImportResultSchema>

export const ImportPollRequestSchema = z.object({ jobId: JobIdSchema })

/** Progress, and the results finished since the previous poll. */
export const ImportPollResponseSchema = z.object({
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  current: z.string().nullable(),
  finished: z.boolean(),
  cancelled: z.boolean(),
  results: z.array(ImportResultSchema)
})
export type ImportPollResponse = z.infer<typeof ImportPollResponseSchema>

export const ImportCancelRequestSchema = z.object({ jobId: JobIdSchema })

/** A web page's source, to read every word of it as blocks (its "original text"). */
export const PageTextRequestSchema = z.object({ html: z.string().max(60 * 1024 * 1024) })
export const PageTextResponseSchema = z.object({ blocks: z.array(BlockSchema) })

/** The longest title a reclean request carries (titles can be edited to any length; only their start meets a heading). */
export const MAX_RECLEAN_TITLE = 10_000

/** An article's original text to clean again, with what its cleaning depends on. */
export const RecleanRequestSchema = z.object({
  fileName: z.string().min(1).max(4096),
  format: SourceFormatSchema,
  originalText: z.string().max(60 * 1024 * 1024),
  /** The article as it reads now (title and blocks): what is cleaned again when the format's source is not kept (PDF, EPUB, DOCX). */
  current: z.object({ title: z.string().max(MAX_RECLEAN_TITLE), blocks: z.array(BlockSchema).max(1_000_000) }).optional()
})
export type RecleanRequest = z.infer<typeof RecleanRequestSchema>

/** The freshly cleaned body. */
export const RecleanResponseSchema = z.object({
  blocks: z.array(BlockSchema),
  removed: z.array(RemovalSchema),
  repairs: z.array(RepairSchema),
  warnings: z.array(z.string()),
  /**
   * 'source': the file's source was read again, and these lists are the whole record.
   * 'current-text': the article's current text was cleaned, and these lists add to its record.
   */
  cleanedFrom: z.enum(['source', 'current-text'])
})
export type RecleanResponse = z.infer<typeof RecleanResponseSchema>
