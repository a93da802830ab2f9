// Sends picked or dropped files to an upload import job a chunk at a time. Files are read a few
// at a time and the next chunk is gathered while the previous one is on its way, so the parse
// workers never wait for the upload, yet at most about two chunks are held in memory and one
// request is in flight.
import { platform, readFileForUpload, type ReadUpload } from '../../platform'
import type { UploadedFile } from '../../../shared/ipc/contract'
import { ChunkGatherer } from './core/upload-chunks'

// Files read at once: enough to hide each read's round trip to the browser process.
const READ_AHEAD = 8

type Unreadable = { name: string; error: string }

/** Uploads `files` to the job in chunks; stops early when `stopped()` turns true. */
export async function uploadInChunks(jobId: string, files: readonly File[], stopped: () => boolean): Promise<void> {
  const gatherer = new ChunkGatherer<UploadedFile>()
  let unreadable: Unreadable[] = []
  let sending: Promise<unknown> = Promise.resolve()
  const send = async (uploads: UploadedFile[]): Promise<void> => {
    await sending
    if (stopped()) return
    sending = platform.call('import:add-files', { jobId, files: uploads, unreadable })
    unreadable = []
  }
  for (let start = 0; start < files.length && !stopped(); start += READ_AHEAD) {
    for (const read of await Promise.all(files.slice(start, start + READ_AHEAD).map(readOrReport))) {
      if ('error' in read) {
        unreadable.push(read)
        continue
      }
      const closed = gatherer.add(read.upload, read.bytes)
      if (closed) await send(closed)
    }
  }
  const last = gatherer.flush()
  if (last.length > 0 || unreadable.length > 0) await send(last)
  await sending
}

/** Reads a file; one the browser cannot read becomes a failure of its own, not of the chunk. */
async function readOrReport(file: File): Promise<ReadUpload | Unreadable> {
  try {
    return await readFileForUpload(file)
  } catch (error) {
    return { name: file.webkitRelativePath || file.name, error: `"${file.name}" could not be read (${error instanceof Error ? error.message : String(error)})` }
  }
}
