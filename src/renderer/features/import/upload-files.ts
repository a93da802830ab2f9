// Sends picked or dropped files to an upload import job in chunks: files are read a few ahead,
// a chunk goes once it holds enough files or bytes, and the next is read while the last is on
// its way. Chunks are cut by the bytes read rather than by asking each File its size first, which
// costs Chromium a synchronous stat per file on the page's thread; memory stays bounded all the
// same: one chunk being filled, one in flight and a few files read ahead. The server answers a
// chunk once its queue has room, and refuses one too large to hold: that chunk is then sent a
// file at a time, so a huge file fails alone. `at` places each chunk among the files chosen.
import { platform } from '../../platform'
import type { UploadedFile } from '../../../shared/ipc/contract'
import { IpcCallError } from '../../../shared/ipc/result'

/** Most files per chunk. */
export const MAX_CHUNK_FILES = 50
/** A chunk goes once it holds this many bytes. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024
// Reads in flight ahead of the one awaited: the browser reads files off the page's thread.
const READ_AHEAD = 8

/** Uploads `files` to the job; stops early when `stopped()` turns true. */
export async function uploadFiles(jobId: string, files: readonly File[], stopped: () => boolean): Promise<void> {
  const reads = new Map<number, Promise<UploadedFile>>()
  const read = (index: number): Promise<UploadedFile> => {
    for (let ahead = index; ahead < Math.min(files.length, index + READ_AHEAD); ahead++) if (!reads.has(ahead)) reads.set(ahead, readFile(files[ahead]!))
    const entry = reads.get(index)!
    reads.delete(index)
    return entry
  }
  let sending: Promise<void> = Promise.resolve()
  let chunk: UploadedFile[] = []
  let bytes = 0
  for (let index = 0; index < files.length && !stopped(); index++) {
    const entry = await read(index)
    chunk.push(entry)
    bytes += 'bytes' in entry ? entry.bytes.length : 0
    if (chunk.length < MAX_CHUNK_FILES && bytes < MAX_CHUNK_BYTES && index < files.length - 1) continue
    await sending
    if (stopped()) break
    sending = sendChunk(jobId, chunk, index + 1 - chunk.length)
    chunk = []
    bytes = 0
  }
  await sending
}

const nameOf = (file: File): string => file.webkitRelativePath || file.name

/** A file's bytes, or why the browser cannot read it (moved, deleted, no permission). */
async function readFile(file: File): Promise<UploadedFile> {
  try {
    return { name: nameOf(file), bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch (error) {
    return { name: nameOf(file), error: `"${file.name}" could not be read (${error instanceof Error ? error.message : String(error)})` }
  }
}

/** Sends a chunk; when the server refuses it as too large, each file goes alone and a refused file fails alone. */
async function sendChunk(jobId: string, chunk: readonly UploadedFile[], at: number): Promise<void> {
  try {
    await platform.call('import:add-files', { jobId, at, files: [...chunk] })
    return
  } catch (caught) {
    if (!isRefused(caught)) throw caught
    if (chunk.length === 1) return refuse(jobId, chunk[0]!, at, caught)
  }
  for (const [index, entry] of chunk.entries()) {
    try {
      await platform.call('import:add-files', { jobId, at: at + index, files: [entry] })
    } catch (caught) {
      if (!isRefused(caught)) throw caught
      await refuse(jobId, entry, at + index, caught)
    }
  }
}

/** The server refusing the request itself (too large to hold), as opposed to the job being gone. */
const isRefused = (caught: unknown): caught is IpcCallError => caught instanceof IpcCallError && caught.code === 'invalid-request'

async function refuse(jobId: string, entry: UploadedFile, at: number, caught: IpcCallError): Promise<void> {
  const name = entry.name.split('/').pop() ?? entry.name
  await platform.call('import:add-files', { jobId, at, files: [{ name: entry.name, error: `"${name}" was refused: ${caught.message}` }] })
}
