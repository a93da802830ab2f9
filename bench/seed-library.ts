// Seeds a browser profile's library the way a user fills it: files chosen in the import picker,
// then one search, so the search worker builds its index and saves it to IndexedDB.
import type { Page } from '@playwright/test'

const LONG = 600_000

/** Imports `files` through the "Import files" picker; returns how many articles the report says were imported. */
export async function importThroughPicker(page: Page, files: string[]): Promise<number> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files' }).click()
  await (await chooser).setFiles(files)
  const report = page.getByText(/Imported [\d,]+ articles?/)
  const duplicates = page.getByRole('dialog').filter({ hasText: /alike/ })
  await Promise.race([report.waitFor({ timeout: LONG }), duplicates.waitFor({ timeout: LONG })])
  if (await duplicates.isVisible()) throw new Error('The synthetic articles were taken for duplicates; the benchmark needs distinct articles')
  const imported = Number(/Imported ([\d,]+)/.exec((await report.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 0)
  await page.getByRole('button', { name: 'Dismiss' }).click()
  return imported
}

/** Searches for `query` and waits for the answer; the first search starts the worker, which loads or builds the index. */
export async function searchOnce(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search the library' })
  await box.fill(query)
  await page.getByLabel('Search results').waitFor({ timeout: LONG })
  await box.fill('')
}

/** Waits until the search worker has saved an index with no changes pending; returns its size in bytes. */
export async function waitForSavedIndex(page: Page): Promise<number> {
  const deadline = Date.now() + LONG
  for (;;) {
    const { bytes, pending } = await savedIndexState(page)
    if (bytes > 0 && pending === 0) return bytes
    if (Date.now() > deadline) throw new Error('The search index was not saved in time')
    await page.waitForTimeout(250)
  }
}

// The saved index's manifest and its list of articles changed since, read straight from IndexedDB.
function savedIndexState(page: Page): Promise<{ bytes: number; pending: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('gloss')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    try {
      if (!db.objectStoreNames.contains('searchIndex')) return { bytes: 0, pending: 0 }
      const read = (key: string): Promise<unknown> =>
        new Promise((done, fail) => {
          const request = db.transaction('searchIndex').objectStore('searchIndex').get(key)
          request.onsuccess = () => done((request.result as { value?: unknown } | undefined)?.value)
          request.onerror = () => fail(request.error)
        })
      const manifest = (await read('manifest')) as { bytes?: number } | undefined
      const pending = await read('pending')
      return { bytes: manifest?.bytes ?? 0, pending: Array.isArray(pending) ? pending.length : 0 }
    } finally {
      db.close()
    }
  })
}
