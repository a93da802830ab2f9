// Sends picked or dropped files to an upload import job a chunk at a time: each chunk is read and
// encoded, sent, and only then the next one is read, so the window stays responsive.
import { platform, readFilesForUpload } from '../../platform'
import type { UploadedFile } from '../../../shared/ipc/contract'
import { chunkFiles } from './core/upload-chunks'

/** Uploads `files` to the job in chunks; stops early when `stopped()` turns true. */
export async function uploadInChunks(jobId: string, files: readonly File[], stopped: () => boolean): Promise<void> {
  for (const chunk of chunkFiles(files)) {
    if (stopped()) return
    const { uploads, unreadable } = await readChunk(chunk)
    await platform.call('import:add-files', { jobId, files: uploads, unreadable })
  }
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
