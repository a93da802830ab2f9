// The import service: files on disk or uploaded bytes in, parsed documents out, one bad file
// never stopping the batch.
import { basename } from 'node:path'
import type { ParsedDocument } from '../../../shared/model/document'
import { collectInputFiles, type InputFile } from './collect-input-files'
import { markDuplicates } from './mark-duplicates'
import { parseDocument } from './parse-document'
import type { ParseOutcome } from './parse-outcome'
import type { ParsePool } from './parse-pool'
import { formatOfPath } from './formats'
import { maxBytesForFormat, tooLargeMessage } from '../../../shared/import/size-limits'

/** One file to import: uploaded bytes, or a file on disk (or a path that could not be listed). */
export type ImportInput = { name: string; bytes: Uint8Array; pictures?: ReadonlyMap<string, Uint8Array> } | InputFile

/** Imports files and folders from disk; oversized and unsupported files are answered without reading them. */
export async function importPaths(paths: readonly string[], pool: ParsePool): Promise<ParsedDocument[]> {
  const inputs = await collectInputFiles(paths)
  return markDuplicates(await Promise.all(inputs.map((input) => parseInput(input, pool))))
}

/** The name an input is reported under. */
export function inputName(input: ImportInput): string {
  return 'name' in input ? input.name : input.path
}

/** Parses one input (a file on disk is read where it is parsed); every failure becomes an error document. */
export async function parseInput(input: ImportInput, pool: ParsePool): Promise<ParseOutcome> {
  if ('bytes' in input) return refuseBeforeReading(input.name, input.bytes.length) ?? pool.parse(input.name, input.bytes, input.pictures)
  if ('error' in input) return failed(input.path, input.error)
  return refuseBeforeReading(input.path, input.size) ?? pool.parse(input.path)
}

function failed(path: string, error: string): ParseOutcome {
  return { document: { status: 'error', path, error }, signature: null }
}

/** An error outcome when the file's type or size rules it out, else null. */
function refuseBeforeReading(path: string, size: number): Promise<ParseOutcome> | null {
  const format = formatOfPath(path)
  // parseDocument answers an unsupported type from the name alone.
  if (format === null) return parseDocument(path, new Uint8Array()).then((document) => ({ document, signature: null }))
  const limit = maxBytesForFormat(format)
  if (size <= limit) return null
  return Promise.resolve(failed(path, tooLargeMessage(basename(path), size, format)))
}
