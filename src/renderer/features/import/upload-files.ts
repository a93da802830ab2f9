// Sends picked or dropped files to an upload import job a chunk at a time, each chunk bounded by
// count and bytes (see core/upload-chunks), the next prepared while the last is on its way. The
// page never reads the files: each request carries the Files themselves, which the browser
// streams from disk (the desktop host reads them for its IPC). Measured in Chromium, that costs
// less than reading each file into the page, its synchronous size lookup included. The server
// answers a chunk once its queue has room. A chunk that fails because one of its files cannot be
// read (moved, deleted, no permission), or that the server refuses as too large, is sent again a
// file at a time, so only that file fails. A file the server would refuse for its type or size
// goes as that refusal, without its bytes. `at` places each chunk among the files chosen.
import { platform } from '../../platform'
import type { UploadedFile } from '../../../shared/ipc/contract'
import type { UnreadableFile } from '../../../shared/ipc/import-schemas'
import { IpcCallError } from '../../../shared/ipc/result'
import { chunkFiles } from './core/upload-chunks'
import { refusalBeforeSending } from './core/file-triage'

/** A file chosen or dropped: the File, or why it could not even be listed (a dropped folder's unreadable entry). */
export type ChosenFile = File | UnreadableFile

/**
 * Uploads `files` to the job, after the `pictures` chosen with them (so each page may show those
 * beside it); stops early when `stopped()` turns true.
 */
export async function uploadFiles(jobId: string, files: readonly ChosenFile[], stopped: () => boolean, pictures: readonly File[] = []): Promise<void> {
  await uploadPictures(jobId, pictures, stopped)
  let sending: Promise<void> = Promise.resolve()
  let at = 0
  for (const chunk of chunkFiles(files, sentSize)) {
    await sending
    if (stopped()) break
    sending = sendChunk(jobId, chunk, at, stopped)
    at += chunk.length
  }
  await sending
}

// Pictures only help their pages: one that cannot be read, or that the host refuses, is left
// out, and each page that named it says so in its warnings, as a page read from disk does for a
// missing picture. A chunk that fails for one of its pictures goes again a picture at a time;
// should it fail for another reason (the host or the job gone), no more are sent: the pages'
// upload will say why.
async function uploadPictures(jobId: string, pictures: readonly File[], stopped: () => boolean): Promise<void> {
  const send = (chunk: readonly File[]): Promise<unknown> =>
    platform.call('import:add-pictures', { jobId, pictures: chunk.map((picture) => ({ name: clipPath(nameOf(picture)), bytes: picture })) })
  for (const chunk of chunkFiles(pictures, (picture) => picture.size)) {
    if (stopped()) return
    try {
      await send(chunk)
      continue
    } catch (caught) {
      // Tried again below, a picture at a time, unless no picture in it is to blame.
      if (!isRefused(caught) && (await Promise.all(chunk.map(isReadable))).every(Boolean)) return
    }
    for (const picture of chunk) {
      if (stopped()) return
      try {
        await send([picture])
      } catch (caught) {
        if (!isRefused(caught) && (await isReadable(picture))) return
      }
    }
  }
}

/** A chosen file's path from the folder it was chosen or dropped in ("Notes/a.txt"), or its name. */
export const nameOf = (file: ChosenFile): string => (file instanceof File ? file.webkitRelativePath || file.name : file.name)

// The size is looked up (synchronously, in Chromium) only as the file's chunk is cut, and kept by the File.
const refusalOf = (file: ChosenFile): string | null => (file instanceof File ? refusalBeforeSending(nameOf(file), file.size) : file.error)

const sentSize = (file: ChosenFile): number => (refusalOf(file) === null ? (file as File).size : 0)

// A path longer than the contract admits keeps its end, where the file's name and extension are.
const clipPath = (path: string): string => (path.length > 4000 ? `…${path.slice(-3999)}` : path)

function entryOf(file: ChosenFile): UploadedFile {
  const refusal = refusalOf(file)
  return refusal === null ? { name: clipPath(nameOf(file)), bytes: file as File } : { name: clipPath(nameOf(file)), error: clip(refusal, 2000) }
}

/** Sends a chunk; when it fails for one of its files, each file goes alone and such a file fails alone. */
async function sendChunk(jobId: string, chunk: readonly ChosenFile[], at: number, stopped: () => boolean): Promise<void> {
  try {
    await platform.call('import:add-files', { jobId, at, files: chunk.map(entryOf) })
    return
  } catch (caught) {
    if (!isRefused(caught) && !(await anyUnreadable(chunk))) throw caught
  }
  for (const [index, file] of chunk.entries()) {
    if (stopped()) return
    const unreadable = await unreadableReason(file)
    try {
      await platform.call('import:add-files', {
        jobId,
        at: at + index,
        files: [unreadable === null ? entryOf(file) : { name: clipPath(nameOf(file)), error: unreadable }]
      })
    } catch (caught) {
      if (!isRefused(caught)) throw caught
      await refuse(jobId, file, at + index, caught)
    }
  }
}

async function anyUnreadable(files: readonly ChosenFile[]): Promise<boolean> {
  for (const file of files) if ((await unreadableReason(file)) !== null) return true
  return false
}

/** What stops the browser reading the file (moved, deleted, no permission), or null when it can. */
const readFailure = (file: File): Promise<unknown> =>
  file
    .slice(0, 1)
    .arrayBuffer()
    .then(
      () => null,
      (error: unknown) => error ?? new Error('unreadable')
    )

const isReadable = async (file: File): Promise<boolean> => (await readFailure(file)) === null

/** Why the browser cannot read the file, or null when it can (or when it is not to be sent at all). */
async function unreadableReason(file: ChosenFile): Promise<string | null> {
  if (!(file instanceof File) || refusalOf(file) !== null) return null
  const error = await readFailure(file)
  return error === null ? null : clip(`"${file.name}" could not be read (${error instanceof Error ? error.message : String(error)})`, 2000)
}

/** The server refusing the request itself (too large to hold), as opposed to the job being gone. */
const isRefused = (caught: unknown): caught is IpcCallError => caught instanceof IpcCallError && caught.code === 'invalid-request'

// What is sent about a file must itself fit the contract, whatever the name and message.
const clip = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text)

async function refuse(jobId: string, file: ChosenFile, at: number, caught: IpcCallError): Promise<void> {
  const error = `"${clip(file.name, 300)}" was refused: ${clip(caught.message, 1000)}`
  await platform.call('import:add-files', { jobId, at, files: [{ name: clipPath(nameOf(file)), error }] })
}
