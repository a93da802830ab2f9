// The import service: files on disk or uploaded bytes in, parsed documents out, one bad file
// never stopping the batch.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ParsedDocument } from '../../../shared/model/document'
import { collectInputFiles, describeFsError } from './collect-input-files'
import { markDuplicates } from './mark-duplicates'
import { parseDocument } from './parse-document'
import type { ParsePool } from './parse-pool'
import { formatOfPath } from './formats'
import { formatByteSize, maxBytesForFormat } from './formats/size-limits'

/** Imports files and folders from disk; oversized and unsupported files are answered without reading them. */
export async function importPaths(paths: readonly string[], pool: ParsePool): Promise<ParsedDocument[]> {
  const inputs = await collectInputFiles(paths)
  const documents = await Promise.all(
    inputs.map(async (input): Promise<ParsedDocument> => {
      if ('error' in input) return { status: 'error', path: input.path, error: input.error }
      const refusal = refuseBeforeReading(input.path, input.size)
      if (refusal) return refusal
      let bytes: Uint8Array
      try {
        bytes = await readFile(input.path)
      } catch (error) {
        return { status: 'error', path: input.path, error: `"${basename(input.path)}" ${describeFsError(error)}` }
      }
      return pool.parse(input.path, bytes)
    })
  )
  return markDuplicates(documents)
}

/** Imports files whose bytes were uploaded (file picker, drag and drop). */
export async function importUploads(files: readonly { name: string; bytes: Uint8Array }[], pool: ParsePool): Promise<ParsedDocument[]> {
  const documents = await Promise.all(files.map((file) => refuseBeforeReading(file.name, file.bytes.length) ?? pool.parse(file.name, file.bytes)))
  return markDuplicates(documents)
}

/** An error document when the file's type or size rules it out, else null. */
function refuseBeforeReading(path: string, size: number): Promise<ParsedDocument> | null {
  const format = formatOfPath(path)
  // parseDocument answers an unsupported type from the name alone.
  if (format === null) return parseDocument(path, new Uint8Array())
  const limit = maxBytesForFormat(format)
  if (size <= limit) return null
  return Promise.resolve({
    status: 'error',
    path,
    error: `"${basename(path)}" is too large to import (${formatByteSize(size)}; the limit for .${format} files is ${formatByteSize(limit)})`
  })
}
