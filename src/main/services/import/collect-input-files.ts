// Turns what the user named (files and folders) into the list of files to import, walking
// folders recursively. Unreadable paths become per-file errors rather than stopping the batch.
import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { formatOfPath } from './formats'

/** One file to import, or a path that could not be listed with the reason. */
export type InputFile = { path: string; size: number } | { path: string; error: string }

/** Expands files and folders into importable files; hidden entries inside folders are skipped. */
export async function collectInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const found: InputFile[] = []
  for (const path of paths) await collect(path, true, found)
  return found
}

async function collect(path: string, named: boolean, found: InputFile[]): Promise<void> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    found.push({ path, error: `"${basename(path)}" ${describeFsError(error)}` })
    return
  }
  if (info.isDirectory()) {
    let entries: string[]
    try {
      entries = (await readdir(path)).sort((a, b) => a.localeCompare(b))
    } catch (error) {
      found.push({ path, error: `"${basename(path)}" ${describeFsError(error)}` })
      return
    }
    for (const entry of entries) {
      if (!entry.startsWith('.')) await collect(join(path, entry), false, found)
    }
    return
  }
  // Inside folders only supported files are taken; a file the user named explicitly always gets an answer.
  if (!named && formatOfPath(path) === null) return
  found.push({ path, size: info.size })
}

/** Turns a Node file-system error into the rest of a sentence that starts with the file's name. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied'
    case 'EISDIR':
      return 'is a folder, not a file'
    case 'EMFILE':
      return 'could not be opened: too many files are open; try fewer at once'
    default:
      return `could not be read (${error instanceof Error ? error.message : String(error)})`
  }
}
