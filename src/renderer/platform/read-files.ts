// Reads picked or dropped files (and dropped folders, recursively) into uploads for the import channel.
import type { UploadedFile } from '../../shared/ipc/contract'

type WithBase64 = Uint8Array & { toBase64?: () => string }

// Chromium 140+ encodes natively; the fallback keeps older engines working, a slice at a time.
function toBase64(bytes: WithBase64): string {
  if (typeof bytes.toBase64 === 'function') return bytes.toBase64()
  let binary = ''
  for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000))
  return btoa(binary)
}

/** Reads one File (with its folder-relative path when known) as an upload. */
export async function readFileForUpload(file: File): Promise<UploadedFile> {
  return { name: file.webkitRelativePath || file.name, contentBase64: toBase64(new Uint8Array(await file.arrayBuffer())) }
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
