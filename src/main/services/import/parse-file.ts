// Reads a file from disk where it is parsed (a worker thread in the app), so the main thread only
// lists files: its asynchronous read cost more of its time than handing over the bytes saved.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describeFsError } from './collect-input-files'
import { formatOfPath } from './formats'
import { maxBytesForFormat, tooLargeMessage } from '../../../shared/import/size-limits'
import { parseAndSign, type ParseOutcome } from './parse-outcome'
import { picturesBeside, picturesUploaded } from './pictures-beside'

/**
 * Parses `bytes` as the file at `path` (with the `pictures` uploaded with it, by their path in its
 * chosen folder), or, without them, reads the file first; a read failure becomes an error outcome.
 */
export async function parseFile(path: string, bytes?: Uint8Array, pictures?: ReadonlyMap<string, Uint8Array>): Promise<ParseOutcome> {
  if (bytes) return parseAndSign(path, bytes, pictures ? { resolvePicture: picturesUploaded(path, pictures) } : {})
  const failed = (error: string): ParseOutcome => ({ document: { status: 'error', path, error }, signature: null })
  let read: Uint8Array
  let descriptor: number | null = null
  try {
    descriptor = openSync(path, 'r')
    // Checked again here: the file may have grown since it was listed.
    const size = fstatSync(descriptor).size
    const format = formatOfPath(path)
    if (format !== null && size > maxBytesForFormat(format)) return failed(tooLargeMessage(basename(path), size, format))
    read = readFileSync(descriptor)
  } catch (error) {
    return failed(`"${basename(path)}" ${describeFsError(error)}`)
  } finally {
    if (descriptor !== null) closeSync(descriptor)
  }
  // Read from disk, a page may show the pictures saved beside it.
  return parseAndSign(path, read, { resolvePicture: picturesBeside(path) })
}
