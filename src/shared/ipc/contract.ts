// The one typed map of every channel between renderer and main (or the browser-mode server):
// request and response schemas. Gateway, preload and platform layer all derive from it.
import { z } from 'zod'
import type { Channel } from './channels'
import { ParsedDocumentSchema } from '../model/document'
import { ExportRequestSchema, ExportFileSchema } from './export-schemas'

/** A file's bytes as sent from a file picker or a drop. */
export const UploadedFileSchema = z.object({
  /** Path relative to the chosen folder, or the bare file name. */
  name: z.string().min(1).max(4096),
  contentBase64: z.string()
})
export type UploadedFile = z.infer<typeof UploadedFileSchema>

export const contract = {
  'app:info': {
    request: z.object({}),
    response: z.object({ mode: z.enum(['electron', 'browser']), version: z.string() })
  },
  'import:parse-files': {
    request: z.object({ files: z.array(UploadedFileSchema).min(1).max(5000) }),
    response: z.object({ documents: z.array(ParsedDocumentSchema) })
  },
  'import:choose-and-parse': {
    request: z.object({ folders: z.boolean() }),
    response: z.object({ documents: z.array(ParsedDocumentSchema) })
  },
  'export:render': {
    request: ExportRequestSchema,
    response: z.object({ files: z.array(ExportFileSchema) })
  },
  'export:save': {
    request: z.object({ files: z.array(ExportFileSchema).min(1) }),
    response: z.object({ written: z.array(z.string()), cancelled: z.boolean() })
  }
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

export type Contract = typeof contract
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>

/** The methods a handler map must implement, one per channel. */
export type Handlers = { [C in Channel]: (request: z.output<Contract[C]['request']>) => Promise<ResponseOf<C>> }
