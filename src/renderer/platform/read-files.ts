// Reads picked or dropped files (and dropped folders, recursively) into uploads for the import channel.
import type { UploadedFile } from '../../shared/ipc/contract'

/** A file's bytes as base64, encoded natively by the browser rather than in JavaScript. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = reader.result as string
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsDataURL(file)
  })
}

/** Reads File objects (with their folder-relative paths when known). */
export async function readFilesForUpload(files: readonly File[]): Promise<UploadedFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.webkitRelativePath || file.name, contentBase64: await fileToBase64(file) })))
}

/** Collects the files of a drop, walking dropped folders. */
export async function filesFromDrop(dataTransfer: DataTransfer): Promise<File[]> {
  const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry?.()).filter((entry): entry is FileSystemEntry => !!entry)
  if (entries.length === 0) return [...dataTransfer.files]
  const files: File[] = []
  for (const entry of entries) await walkEntry(entry, '', files)
  return files
}

async function walkEntry(entry: FileSystemEntry, prefix: string, files: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))
    files.push(prefix ? new File([file], `${prefix}${file.name}`, { type: file.type }) : file)
    return
  }
  if (!entry.isDirectory || entry.name.startsWith('.')) return
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) break
    for (const child of batch) await walkEntry(child, `${prefix}${entry.name}/`, files)
  }
}
