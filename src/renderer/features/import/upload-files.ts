// Sends picked or dropped files to an upload import job a chunk at a time. The next chunk is read
// while the previous one is on its way, so the parse workers never wait for the upload, yet at
// most two chunks are ever held in memory and one request is in flight. Chunks are bounded by the
// files' sizes, asked before reading: that costs Chromium a synchronous stat per picked file, but
// a folder of large PDFs must never be read all at once.
import { platform, readFileForUpload } from '../../platform'
import type { UploadedFile } from '../../../shared/ipc/contract'
import { chunkFiles } from './core/upload-chunks'

type Unreadable = { name: string; error: string }

/** Uploads `files` to the job in chunks; stops early when `stopped()` turns true. */
export async function uploadInChunks(jobId: string, files: readonly File[], stopped: () => boolean): Promise<void> {
  let sending: Promise<unknown> = Promise.resolve()
  for (const chunk of chunkFiles(files)) {
    if (stopped()) break
    const { uploads, unreadable } = await readChunk(chunk)
    await sending
    if (stopped()) break
    sending = platform.call('import:add-files', { jobId, files: uploads, unreadable })
  }
  await sending
}

/** Reads a chunk; a file the browser cannot read becomes a failure of its own, not of the chunk. */
async function readChunk(files: readonly File[]): Promise<{ uploads: UploadedFile[]; unreadable: Unreadable[] }> {
  const uploads: UploadedFile[] = []
  const unreadable: Unreadable[] = []
  for (const read of await Promise.all(files.map(readOrReport))) {
    if ('error' in read) unreadable.push(read)
    else uploads.push(read)
  }
  return { uploads, unreadable }
}

async function readOrReport(file: File): Promise<UploadedFile | Unreadable> {
  try {
    return await readFileForUpload(file)
  } catch (error) {
    return { name: file.webkitRelativePath || file.name, error: `"${file.name}" could not be read (${error instanceof Error ? error.message : String(error)})` }
  }
}
