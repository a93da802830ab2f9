// Reads a file from disk where it is parsed (a worker thread in the app), so the main thread only
// lists files: its asynchronous read cost more of its time than handing over the bytes saved.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describeFsError } from './collect-input-files'
import { parseAndSign, type ParseOutcome } from './parse-outcome'

/** Parses `bytes` as the file at `path`, or, without them, reads the file first; a read failure becomes an error outcome. */
export async function parseFile(path: string, bytes?: Uint8Array): Promise<ParseOutcome> {
  if (bytes) return parseAndSign(path, bytes)
  let read: Uint8Array
  try {
    read = readFileSync(path)
  } catch (error) {
    return { document: { status: 'error', path, error: `"${basename(path)}" ${describeFsError(error)}` }, signature: null }
  }
  return parseAndSign(path, read)
}
