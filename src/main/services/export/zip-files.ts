// The browser cannot write into a folder, so a folder export reaches it as one .zip download.
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { ExportFile } from '../../../shared/export'

/** Packs files into a zip archive (stored with light compression: text compresses well even at level 1). */
export function zipFiles(files: readonly ExportFile[]): Uint8Array {
  const entries: Zippable = {}
  for (const file of files) entries[file.fileName] = [strToU8(file.content), { level: 1 }]
  return zipSync(entries)
}
