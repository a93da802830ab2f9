// Turns what the user named (files and folders) into the list of files to import, walking
// folders recursively. Unreadable paths become per-file errors rather than stopping the batch.
import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { formatOfPath } from './formats'

/** One file to import, or a path that could not be listed with the reason. */
export type InputFile = { path: string; size: number } | { path: string; error: string }

/** Expands files and folders into importable files, in the order named (folders sorted); hidden entries inside folders are skipped. */
export async function collectInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  return collectAll(paths, true, { limit: createLimit(PARALLEL_CALLS), walked: new Set() })
}

// File-system calls run in parallel, at most this many at once over the whole walk: one after
// another, a thousand chosen files took 70 ms of the main thread's time before any could be
// parsed; without a bound, a large tree would queue every stat it holds at once.
const PARALLEL_CALLS = 64

interface Walk {
  limit: <T>(call: () => Promise<T>) => Promise<T>
  /** Folders walked, by device and inode: a link back to an ancestor must not loop. */
  walked: Set<string>
}

async function collectAll(paths: readonly string[], named: boolean, walk: Walk): Promise<InputFile[]> {
  return (await Promise.all(paths.map((path) => collect(path, named, walk)))).flat()
}

async function collect(path: string, named: boolean, walk: Walk): Promise<InputFile[]> {
  let info
  try {
    info = await walk.limit(() => stat(path))
  } catch (error) {
    return [{ path, error: `"${basename(path)}" ${describeFsError(error)}` }]
  }
  if (info.isDirectory()) {
    const identity = `${info.dev}:${info.ino}`
    if (walk.walked.has(identity)) return []
    walk.walked.add(identity)
    let entries: string[]
    try {
      entries = (await walk.limit(() => readdir(path))).sort((a, b) => a.localeCompare(b))
    } catch (error) {
      return [{ path, error: `"${basename(path)}" ${describeFsError(error)}` }]
    }
    return collectAll(
      entries.filter((entry) => !entry.startsWith('.')).map((entry) => join(path, entry)),
      false,
      walk
    )
  }
  // Inside folders only supported files are taken; a file the user named explicitly always gets an answer.
  if (!named && formatOfPath(path) === null) return []
  // A pipe or device would block the reader forever.
  if (!info.isFile()) return [{ path, error: `"${basename(path)}" is not a regular file` }]
  return [{ path, size: info.size }]
}

// Written by hand: the usual package (p-limit) ships only as an ES module, which this CommonJS main bundle cannot require.
function createLimit(max: number): Walk['limit'] {
  let running = 0
  const waiting: (() => void)[] = []
  return async (call) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await call()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
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
