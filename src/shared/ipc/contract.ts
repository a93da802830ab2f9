// The one typed map of every channel between renderer and main (or the browser-mode server):
// request and response schemas. Gateway, preload and platform layer all derive from it.
import { z } from 'zod'
import type { Channel } from './channels'
import { ExportPreviewRequestSchema, ExportBeginSchema, ExportAppendSchema, ExportReportSchema } from './export-schemas'
import {
  ImportCancelRequestSchema,
  ImportPollRequestSchema,
  ImportPollResponseSchema,
  ImportStartRequestSchema,
  ImportStartResponseSchema,
  PageTextRequestSchema,
  PageTextResponseSchema,
  RecleanRequestSchema,
  RecleanResponseSchema,
  UnreadableFileSchema
} from './import-schemas'
import { isBinary, type Binary } from './binary-parts'
import { BackupOpenResponseSchema, BackupSaveRequestSchema, BackupSaveResponseSchema } from './backup-schemas'

/** A file's bytes under its path. */
const UploadedBytesSchema = z.object({
  /** Path relative to the chosen folder, or the bare file name. */
  name: z.string().min(1).max(4096),
  /** Bytes; from a page, the picked File itself (the transport streams or reads it). */
  bytes: z.custom<Binary>(isBinary, 'Expected file bytes')
})

/** A file from a file picker or a drop: its bytes, or why the page could not read it. */
export const UploadedFileSchema = z.union([UploadedBytesSchema, UnreadableFileSchema])
export type UploadedFile = z.infer<typeof UploadedFileSchema>

export const contract = {
  'app:info': {
    request: z.object({}),
    response: z.object({ mode: z.enum(['electron', 'browser']), version: z.string() })
  },
  /** Starts an import job; results are collected with import:poll as they finish. */
  'import:start': { request: ImportStartRequestSchema, response: ImportStartResponseSchema },
  /**
   * Some of an upload job's files in the order chosen; `at` places the first among all the job's
   * files, since requests may overtake each other. Answered once the job has room for more.
   */
  'import:add-files': {
    request: z.object({ jobId: z.string().min(1).max(100), at: z.number().int().nonnegative().optional(), files: z.array(UploadedFileSchema).max(500) }),
    response: z.object({})
  },
  /** Pictures chosen with a folder, sent before its pages so each page may show those beside it (see shared/import/pictures-with-pages). */
  'import:add-pictures': {
    request: z.object({ jobId: z.string().min(1).max(100), pictures: z.array(UploadedBytesSchema).max(500) }),
    response: z.object({})
  },
  'import:poll': { request: ImportPollRequestSchema, response: ImportPollResponseSchema },
  'import:cancel': { request: ImportCancelRequestSchema, response: z.object({}) },
  /** Cleans an article's original text again (after cleaning improved, or to undo a restore). */
  'import:reclean': { request: RecleanRequestSchema, response: RecleanResponseSchema },
  /** Every word of a web page as blocks, uncleaned and with no part of the page left out: a web article's original text. */
  'import:page-text': { request: PageTextRequestSchema, response: PageTextResponseSchema },
  'export:preview': { request: ExportPreviewRequestSchema, response: z.object({ fileName: z.string(), text: z.string() }) },
  'export:begin': { request: ExportBeginSchema, response: z.object({ jobId: z.string() }) },
  'export:append': { request: ExportAppendSchema, response: z.object({ articleCount: z.number().int() }) },
  /** Saves (desktop: dialogs, asking before replacing) or hands back one download (browser: a .zip for folders). */
  'export:finish': { request: z.object({ jobId: z.string().min(1).max(100) }), response: ExportReportSchema },
  'export:cancel': { request: z.object({ jobId: z.string().min(1).max(100) }), response: z.object({}) },
  'backup:save': { request: BackupSaveRequestSchema, response: BackupSaveResponseSchema },
  'backup:open': { request: z.object({}), response: BackupOpenResponseSchema }
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

export type Contract = typeof contract
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>

/** The methods a handler map must implement, one per channel. */
export type Handlers = { [C in Channel]: (request: z.output<Contract[C]['request']>) => Promise<ResponseOf<C>> }
