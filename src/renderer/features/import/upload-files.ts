// Sends picked or dropped files to an upload import job in chunks: a chunk goes once it holds
// enough files or bytes, and the next is read while the last is on its way. Nothing asks a File
// for its size, which costs Chromium a synchronous stat per file on the page's thread; instead
// reads run a few files ahead only while the files prove small, one at a time once a large one
// turns up, so the page holds about a chunk being filled, one in flight and a file or two read
// ahead. The server answers a chunk once its queue has room, and refuses one too large to hold:
// that chunk is then sent a file at a time, so a huge file fails alone. `at` places each chunk
// among the files chosen.
import { platform } from '../../platform'
import type { UploadedFile } from '../../../shared/ipc/contract'
import { IpcCallError } from '../../../shared/ipc/result'

/** Most files per chunk. */
export const MAX_CHUNK_FILES = 50
/** A chunk goes once it holds this many bytes. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024
// Reads in flight ahead of the one awaited (the browser reads files off the page's thread), and
// the size from which a file counts as large and reads go one at a time.
const READ_AHEAD = 8
const LARGE_FILE_BYTES = 1024 * 1024

/** Uploads `files` to the job; stops early when `stopped()` turns true. */
export async function uploadFiles(jobId: string, files: readonly File[], stopped: () => boolean): Promise<void> {
  const reads = new Map<number, Promise<UploadedFile>>()
  let window = 1
  const read = async (index: number): Promise<UploadedFile> => {
    for (let ahead = index; ahead < Math.min(files.length, index + window); ahead++) if (!reads.has(ahead)) reads.set(ahead, readFile(files[ahead]!))
    const entry = await reads.get(index)!
    reads.delete(index)
    window = 'bytes' in entry && entry.bytes.length >= LARGE_FILE_BYTES ? 1 : Math.min(READ_AHEAD, window * 2)
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
    sending = sendChunk(jobId, chunk, index + 1 - chunk.length, stopped)
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
async function sendChunk(jobId: string, chunk: readonly UploadedFile[], at: number, stopped: () => boolean): Promise<void> {
  try {
    await platform.call('import:add-files', { jobId, at, files: [...chunk] })
    return
  } catch (caught) {
    if (!isRefused(caught)) throw caught
    if (chunk.length === 1) return refuse(jobId, chunk[0]!, at, caught)
  }
  for (const [index, entry] of chunk.entries()) {
    if (stopped()) return
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

// The refusal must itself fit the contract, whatever the name and message.
const clip = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text)

async function refuse(jobId: string, entry: UploadedFile, at: number, caught: IpcCallError): Promise<void> {
  const name = clip(entry.name.split('/').pop() ?? entry.name, 300)
  await platform.call('import:add-files', {
    jobId,
    at,
    files: [{ name: clip(entry.name, 4000), error: `"${name}" was refused: ${clip(caught.message, 1000)}` }]
  })
}
