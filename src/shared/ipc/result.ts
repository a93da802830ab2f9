// Errors cross every boundary as values, never as thrown exceptions (as in Hypothesis' RPC maps).
import { z } from 'zod'

export const IpcErrorCodeSchema = z.enum(['invalid-request', 'invalid-response', 'forbidden', 'failed', 'unknown-channel', 'unreachable'])
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>

export const IpcErrorSchema = z.object({ code: IpcErrorCodeSchema, message: z.string() })
export type IpcError = z.infer<typeof IpcErrorSchema>

/** The envelope every channel answers with. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** Builds a failed Result. */
export function failure(code: IpcErrorCode, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } }
}

/** The error raised in the renderer when a channel answers with a failure. */
export class IpcCallError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'IpcCallError'
  }
}
