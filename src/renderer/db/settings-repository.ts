// User settings in the `settings` table, one record per key. Callers pass each value through
// their own normaliser on read (the reader's lives in features/reader/core/reader-settings).
import { database } from './database'

/** The stored value of a setting, or undefined when never saved. */
export async function getSetting(key: string): Promise<unknown> {
  return (await database().settings.get(key))?.value
}

/** Saves one setting. */
export async function saveSetting(key: string, value: unknown): Promise<void> {
  await database().settings.put({ key, value })
}

/** Replaces a setting by a function of its stored value, atomically; returns the new value. */
export async function updateSetting<T>(key: string, change: (stored: unknown) => T): Promise<T> {
  const db = database()
  return db.transaction('rw', db.settings, async () => {
    const next = change(await getSetting(key))
    await saveSetting(key, next)
    return next
  })
}
