// The persisted search index: its bytes in chunks (IndexedDB handles many medium records better
// than one huge one), plus the ids of articles changed since it was saved, so a crash between
// saves costs re-indexing those few articles, never a full rebuild.
import { database } from './database'

const CHUNK_BYTES = 4 * 1024 * 1024
const MANIFEST = 'manifest'
const PENDING = 'pending'

interface Manifest {
  chunks: number
  bytes: number
}

/** The saved index's bytes, or null when none was saved. */
export async function loadSavedIndex(): Promise<Uint8Array | null> {
  const db = database()
  return db.transaction('r', db.searchIndex, async () => {
    const manifest = (await db.searchIndex.get(MANIFEST))?.value as Manifest | undefined
    if (!manifest) return null
    const keys = Array.from({ length: manifest.chunks }, (_, index) => `chunk:${index}`)
    const chunks = await db.searchIndex.bulkGet(keys)
    const bytes = new Uint8Array(manifest.bytes)
    let offset = 0
    for (const chunk of chunks) {
      if (!(chunk?.value instanceof Uint8Array)) return null
      bytes.set(chunk.value, offset)
      offset += chunk.value.length
    }
    return offset === manifest.bytes ? bytes : null
  })
}

/** Replaces the saved index and clears the changed-article list, in one transaction. */
export async function saveIndex(bytes: Uint8Array, stillPending: readonly string[]): Promise<void> {
  const db = database()
  const records: { key: string; value: Uint8Array }[] = []
  for (let offset = 0, index = 0; offset < bytes.length || index === 0; offset += CHUNK_BYTES, index++) {
    records.push({ key: `chunk:${index}`, value: bytes.slice(offset, offset + CHUNK_BYTES) })
  }
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.clear()
    await db.searchIndex.bulkPut(records)
    await db.searchIndex.put({ key: MANIFEST, value: { chunks: records.length, bytes: bytes.length } satisfies Manifest })
    await db.searchIndex.put({ key: PENDING, value: [...stillPending] })
  })
}

/** Articles changed since the index was saved. */
export async function loadPendingArticleIds(): Promise<string[]> {
  const value = (await database().searchIndex.get(PENDING))?.value
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
}

/** Records articles changed since the index was saved. */
export async function savePendingArticleIds(ids: readonly string[]): Promise<void> {
  await database().searchIndex.put({ key: PENDING, value: [...ids] })
}

/** The saved index's size in bytes (0 when none). */
export async function savedIndexSize(): Promise<number> {
  const manifest = (await database().searchIndex.get(MANIFEST))?.value as Manifest | undefined
  return manifest?.bytes ?? 0
}
