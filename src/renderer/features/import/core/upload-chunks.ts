// Picked or dropped files are read and encoded a chunk at a time, so a thousand files never
// sit base64-encoded in memory at once nor block the window while being encoded.

/** Most files per chunk. */
export const MAX_CHUNK_FILES = 50
/** Most bytes per chunk (before base64), keeping each upload request modest. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024

/** Gathers items into consecutive chunks bounded by count and total size as they arrive; a larger item travels alone. */
export class ChunkGatherer<T> {
  private chunk: T[] = []
  private bytes = 0

  constructor(
    private readonly maxItems = MAX_CHUNK_FILES,
    private readonly maxBytes = MAX_CHUNK_BYTES
  ) {}

  /** Adds an item; returns the chunk it closed, if adding it closed one. */
  add(item: T, size: number): T[] | null {
    let closed: T[] | null = null
    if (this.chunk.length > 0 && (this.chunk.length >= this.maxItems || this.bytes + size > this.maxBytes)) closed = this.flush()
    this.chunk.push(item)
    this.bytes += size
    return closed
  }

  /** The chunk in progress (empty when there is none), starting a new one. */
  flush(): T[] {
    const chunk = this.chunk
    this.chunk = []
    this.bytes = 0
    return chunk
  }
}
