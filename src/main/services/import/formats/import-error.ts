// The one error type a format reader throws for input it cannot import, so callers can
// show the user a sentence (naming the file) instead of a stack trace.
import { basename } from 'node:path'

/** A file could not be imported; `message` is a human sentence naming the file and the reason. */
export class ImportError extends Error {
  override readonly name = 'ImportError'
  /** The file's name without its folder, as shown to the user. */
  readonly fileName: string
  /** Why the file was rejected, phrased to follow the file name ("is empty"). */
  readonly reason: string

  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    const fileName = basename(path)
    super(`"${fileName}" ${reason}`, options)
    this.fileName = fileName
    this.reason = reason
  }
}
