// A library kept by an earlier Gloss opens in this one: its IndexedDB is upgraded in place. Here,
// the version that kept duplicate signatures in a table of their own (version 3 of the schema):
// its articles open, and a new scrape of one is still found as its duplicate.
import { test, expect, importFixtures } from './support/app'
import { E2E_PORT, E2E_URL } from './support/server-settings'

const DEFENCE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'

test('a library stored with its signatures in their own table opens upgraded, and finds duplicates as before', async ({ app, electronApp }) => {
  test.skip(!!electronApp, 'The older database is built in the browser mode’s page')
  // The article's records as this Gloss stores them, with its signature on the article.
  await importFixtures(app, ['003_746bf8a0f9856691.txt'], electronApp)
  // Away from the app (same origin, so the same IndexedDB), the database is rebuilt as version 3 left it.
  await app.goto(`http://127.0.0.1:${E2E_PORT}/no-app-here`)
  await app.evaluate(async () => {
    const request = <T>(made: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        made.onsuccess = () => resolve(made.result)
        made.onerror = () => reject(made.error)
      })
    const current = await request(indexedDB.open('gloss'))
    const read = (store: string): Promise<Record<string, unknown>[]> => request(current.transaction(store).objectStore(store).getAll())
    const [articles, bodies] = [await read('articles'), await read('bodies')]
    current.close()
    await request(indexedDB.deleteDatabase('gloss'))
    const opening = indexedDB.open('gloss', 30)
    opening.onupgradeneeded = () => {
      const db = opening.result
      const articleStore = db.createObjectStore('articles', { keyPath: 'id' })
      for (const index of ['addedAt', 'publishedAt', 'titleKey', 'source', 'sourceKey', 'readingState', 'trashedAt']) articleStore.createIndex(index, index)
      articleStore.createIndex('[wordCount+addedAt]', ['wordCount', 'addedAt'])
      articleStore.createIndex('[highlightCount+addedAt]', ['highlightCount', 'addedAt'])
      articleStore.createIndex('tags', 'tags', { multiEntry: true })
      db.createObjectStore('bodies', { keyPath: 'articleId' })
      const highlights = db.createObjectStore('highlights', { keyPath: 'id' })
      for (const index of ['articleId', 'color', 'createdAt']) highlights.createIndex(index, index)
      highlights.createIndex('tags', 'tags', { multiEntry: true })
      db.createObjectStore('tags', { keyPath: 'name' })
      db.createObjectStore('articleNotes', { keyPath: 'articleId' })
      db.createObjectStore('settings', { keyPath: 'key' })
      db.createObjectStore('signatures', { keyPath: 'articleId' })
      db.createObjectStore('searchIndex', { keyPath: 'key' })
    }
    const old = await request(opening)
    const writing = old.transaction(['articles', 'bodies', 'signatures'], 'readwrite')
    for (const { signature, ...article } of articles) {
      writing.objectStore('articles').put(article)
      // As version 3 stored them: a plain array, in the signatures table.
      writing.objectStore('signatures').put({ articleId: article.id, signature: Array.from(signature as Uint32Array) })
    }
    for (const body of bodies) writing.objectStore('bodies').put(body)
    await new Promise((resolve, reject) => {
      writing.oncomplete = resolve
      writing.onerror = () => reject(writing.error)
    })
    old.close()
  })

  await app.goto(E2E_URL)
  await expect(app.getByTestId('article-row').filter({ hasText: DEFENCE })).toHaveCount(1)
  // Moved by the upgrade itself: no import has yet had to sign the article again from its text.
  const moved = await app.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const opening = indexedDB.open('gloss')
      opening.onsuccess = () => resolve(opening.result)
    })
    const articles = await new Promise<{ signature?: unknown }[]>((resolve) => {
      const reading = db.transaction('articles').objectStore('articles').getAll()
      reading.onsuccess = () => resolve(reading.result as { signature?: unknown }[])
    })
    db.close()
    return articles.map((article) => article.signature instanceof Uint32Array && article.signature.length)
  })
  expect(moved).toEqual([129])
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import files' }).click()
  await (await chooser).setFiles(['e2e/fixtures/duplicates/003-rescraped.txt'])
  await expect(app.getByRole('dialog', { name: 'This file looks like an article you have' })).toContainText(`003-rescraped.txt looks like “${DEFENCE}”`)
  const stores = await app.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const opening = indexedDB.open('gloss')
      opening.onsuccess = () => resolve(opening.result)
    })
    const names = [...db.objectStoreNames]
    db.close()
    return names
  })
  expect(stores).not.toContain('signatures')
  expect(stores).toContain('articles')
})
