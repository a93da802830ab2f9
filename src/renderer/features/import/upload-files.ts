// Sends picked or dropped files to an upload import job a chunk at a time. The next chunk is read
// while the previous one is on its way, so the parse workers never wait for the upload, yet at
// most two chunks are ever held in memory and one request is in flight.
import { platform, readFilesForUpload } from '../../platform'
import type { UploadedFile } from '../../../shared/ipc/contract'
import { chunkFiles } from './core/upload-chunks'

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
async function readChunk(files: readonly File[]): Promise<{ uploads: UploadedFile[]; unreadable: { name: string; error: string }[] }> {
  try {
    return { uploads: await readFilesForUpload(files), unreadable: [] }
  } catch {
    const uploads: UploadedFile[] = []
    const unreadable: { name: string; error: string }[] = []
    for (const file of files) {
      const name = file.webkitRelativePath || file.name
      try {
        uploads.push(...(await readFilesForUpload([file])))
      } catch (error) {
        unreadable.push({ name, error: `"${file.name}" could not be read (${error instanceof Error ? error.message : String(error)})` })
      }
    }
    return { uploads, unreadable }
  }
}
