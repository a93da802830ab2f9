// Picked or dropped files go to the server a chunk at a time, each chunk bounded by count and by
// bytes, so no request (and no server-side buffer) is ever huge. Chunks are cut as they are
// asked for, so the first goes out before every file's size has been looked up.

/** Most files per chunk: each request costs the browser some milliseconds whatever it carries, so ten per thousand files, not twenty. */
export const MAX_CHUNK_FILES = 100
/** Most bytes per chunk, keeping each upload request modest. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024

/** Consecutive chunks of `files` bounded by count and by the bytes each sends; a larger file travels alone. */
export function* chunkFiles<T>(files: readonly T[], sizeOf: (file: T) => number, maxFiles = MAX_CHUNK_FILES, maxBytes = MAX_CHUNK_BYTES): Generator<T[]> {
  let chunk: T[] = []
  let bytes = 0
  for (const file of files) {
    const size = sizeOf(file)
    if (chunk.length > 0 && (chunk.length >= maxFiles || bytes + size > maxBytes)) {
      yield chunk
      chunk = []
      bytes = 0
    }
    chunk.push(file)
    bytes += size
  }
  if (chunk.length > 0) yield chunk
}
