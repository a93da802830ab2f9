// Collects dropped files and walks dropped folders, recursively, for the import channel. An entry
// that cannot be listed or opened (no permission, gone) becomes that file's failure, so the rest of
// the drop still imports; hidden entries are skipped below a dropped folder, never the folder itself.
import type { UnreadableFile } from '../../shared/ipc/import-schemas'

/** Collects the files of a drop, walking dropped folders: each a File, or why it could not be read. */
export async function filesFromDrop(dataTransfer: DataTransfer): Promise<(File | UnreadableFile)[]> {
  const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry?.()).filter((entry): entry is FileSystemEntry => !!entry)
  if (entries.length === 0) return [...dataTransfer.files]
  const files: (File | UnreadableFile)[] = []
  for (const entry of entries) await walkEntry(entry, '', files)
  return files
}

async function walkEntry(entry: FileSystemEntry, prefix: string, files: (File | UnreadableFile)[]): Promise<void> {
  const path = `${prefix}${entry.name}`
  try {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))
      files.push(prefix ? new File([file], path, { type: file.type }) : file)
      return
    }
    if (!entry.isDirectory || (prefix !== '' && entry.name.startsWith('.'))) return
    const reader = (entry as FileSystemDirectoryEntry).createReader()
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
      if (batch.length === 0) break
      for (const child of batch) await walkEntry(child, `${path}/`, files)
    }
  } catch (error) {
    files.push({ name: path, error: `"${entry.name}" could not be read (${error instanceof Error ? error.message : String(error)})` })
  }
}
