// Writes exported files to disk without ever overwriting silently: callers first ask which
// targets exist, let the user decide, then write with that decision.
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** What to do with targets that already exist. */
export type ConflictPolicy = 'refuse' | 'replace' | 'keep-both'

/** A file to write; content is text, or bytes for archives. */
export interface FileToWrite {
  fileName: string
  content: string | Uint8Array
}

// Enough parallel writes to hide disk latency without exhausting file descriptors.
const PARALLEL_WRITES = 32

/** The names among `fileNames` that already exist in `folder` (compared case-insensitively, as on macOS and Windows). */
export async function findExistingNames(folder: string, fileNames: readonly string[]): Promise<string[]> {
  const present = new Set((await readdir(folder).catch(() => [] as string[])).map((name) => name.toLowerCase()))
  return fileNames.filter((name) => present.has(name.toLowerCase()))
}

/** Writes files into `folder` (created if missing) under the policy; returns the written paths. */
export async function writeFilesToFolder(folder: string, files: readonly FileToWrite[], policy: ConflictPolicy): Promise<string[]> {
  await mkdir(folder, { recursive: true })
  const existing = await findExistingNames(
    folder,
    files.map((file) => file.fileName)
  )
  if (existing.length > 0 && policy === 'refuse') {
    throw new Error(
      `${existing.length} file${existing.length === 1 ? '' : 's'} already exist${existing.length === 1 ? 's' : ''} in ${folder} (for example “${existing[0]}”); nothing was written`
    )
  }
  const taken = new Set((await readdir(folder)).map((name) => name.toLowerCase()))
  const targets = files.map((file) => {
    const name = policy === 'keep-both' ? freeName(file.fileName, taken) : file.fileName
    taken.add(name.toLowerCase())
    return { path: join(folder, name), content: file.content }
  })
  // 'wx' fails rather than replace a file that appeared meanwhile; only 'replace' may overwrite.
  const flag = policy === 'replace' ? 'w' : 'wx'
  for (let index = 0; index < targets.length; index += PARALLEL_WRITES) {
    await Promise.all(targets.slice(index, index + PARALLEL_WRITES).map((target) => writeFile(target.path, target.content, { flag })))
  }
  return targets.map((target) => target.path)
}

/** `name`, or `name (2).ext`, `name (3).ext`… whichever is not taken (case-insensitively). */
export function freeName(fileName: string, taken: ReadonlySet<string>): string {
  if (!taken.has(fileName.toLowerCase())) return fileName
  const dot = fileName.lastIndexOf('.')
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName
  const extension = dot > 0 ? fileName.slice(dot) : ''
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${extension}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}
