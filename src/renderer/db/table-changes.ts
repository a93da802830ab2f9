// Tells when committed transactions changed given tables, from Dexie's global mutation event
// (which also carries commits made in other tabs of the app). For views that re-read on their own
// schedule rather than after every commit, as a live query does.
import Dexie from 'dexie'
import { database, type GlossDatabase } from './database'

type TableName = keyof Omit<GlossDatabase, keyof Dexie>

const flushers = new Set<() => Promise<void>>()

/** Tells every paced view to re-read now, a burst of changes (an import) having ended; resolves once they have. */
export async function flushTableWatchers(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()))
}

/**
 * Calls `listener` after each commit that changed any of `tables`, and `flush` when a burst of
 * changes ends (see flushTableWatchers); returns an unsubscribe.
 */
export function onTablesChanged(tables: readonly TableName[], listener: () => void, flush?: () => Promise<void>): () => void {
  // Dexie names each changed part "idb://<database>/<table>/<index>".
  const prefixes = tables.map((table) => `idb://${database().name}/${table}/`)
  const onMutated = (parts: Record<string, unknown>): void => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) listener()
  }
  Dexie.on('storagemutated', onMutated)
  if (flush) flushers.add(flush)
  return () => {
    Dexie.on('storagemutated').unsubscribe(onMutated)
    if (flush) flushers.delete(flush)
  }
}
