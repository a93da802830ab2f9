// The import service: files on disk or uploaded bytes in, parsed documents out, one bad file
// never stopping the batch.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ParsedDocument } from '../../../shared/model/document'
import { collectInputFiles, describeFsError } from './collect-input-files'
import { markDuplicates } from './mark-duplicates'
import type { ParsePool } from './parse-pool'

/** Files larger than this are refused before reading: no article is this long, and reading it would stall. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024

/** Imports files and folders from disk. */
export async function importPaths(paths: readonly string[], pool: ParsePool): Promise<ParsedDocument[]> {
  const inputs = await collectInputFiles(paths)
  const documents = await Promise.all(
    inputs.map(async (input): Promise<ParsedDocument> => {
      if ('error' in input) return { status: 'error', path: input.path, error: input.error }
      if (input.size > MAX_IMPORT_FILE_BYTES) return tooLarge(input.path, input.size)
      let bytes: Uint8Array
      try {
        bytes = await readFile(input.path)
      } catch (error) {
        return { status: 'error', path: input.path, error: `${basename(input.path)}: ${describeFsError(error)}` }
      }
      return pool.parse(input.path, bytes)
    })
  )
  return markDuplicates(documents)
}

/** Imports files whose bytes were uploaded (file picker, drag and drop in the browser mode). */
export async function importUploads(files: readonly { name: string; bytes: Uint8Array }[], pool: ParsePool): Promise<ParsedDocument[]> {
  const documents = await Promise.all(
    files.map((file) => (file.bytes.length > MAX_IMPORT_FILE_BYTES ? tooLarge(file.name, file.bytes.length) : pool.parse(file.name, file.bytes)))
  )
  return markDuplicates(documents)
}

function tooLarge(path: string, size: number): ParsedDocument {
  const megabytes = Math.round(size / 1024 / 1024)
  return { status: 'error', path, error: `${basename(path)}: too large to import (${megabytes} MB; the limit is ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB)` }
}
