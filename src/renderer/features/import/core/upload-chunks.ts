// Picked or dropped files are read and encoded a chunk at a time, so a thousand files never
// sit base64-encoded in memory at once nor block the window while being encoded.

/** Most files per chunk. */
export const MAX_CHUNK_FILES = 50
/** Most bytes per chunk (before base64), keeping each upload request modest. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024

/** Splits files into consecutive chunks bounded by count and total size; a larger file travels alone. */
export function chunkFiles<T extends { size: number }>(files: readonly T[], maxFiles = MAX_CHUNK_FILES, maxBytes = MAX_CHUNK_BYTES): T[][] {
  const chunks: T[][] = []
  let chunk: T[] = []
  let bytes = 0
  for (const file of files) {
    if (chunk.length > 0 && (chunk.length >= maxFiles || bytes + file.size > maxBytes)) {
      chunks.push(chunk)
      chunk = []
      bytes = 0
    }
    chunk.push(file)
    bytes += file.size
  }
  if (chunk.length > 0) chunks.push(chunk)
  return chunks
}
