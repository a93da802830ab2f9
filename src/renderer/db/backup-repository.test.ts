// Backup, restore and annotation import against a real IndexedDB implementation (fake-indexeddb).
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, useDatabaseForTests, type GlossDatabase } from './database'
import { importAnnotations, readLibrary, restoreLibrary } from './backup-repository'
import { fixtureLibrary } from '../../shared/backup/test-library'
import { parseBackup, parseGlossW3cExport, serializeBackup, type BackupData } from '../../shared/backup'
import { exportAsW3cAnnotations } from '../../shared/export'
import { fixtureArticle, fullOptions } from '../../shared/export/test-fixtures'
import { documentSignature, signature, SIGNATURE_LENGTH } from '../../shared/duplicates'

// Not a React hook, whatever its name says; aliased so the hooks lint rule does not think so.
const installDatabase = useDatabaseForTests
let counter = 0
function freshDatabase(): GlossDatabase {
  const db = openDatabase(`gloss-backup-test-${counter++}`)
  installDatabase(db)
  return db
}

/** Every record of every library table, in key order. */
async function snapshot(db: GlossDatabase): Promise<Record<string, unknown[]>> {
  const tables = ['articles', 'bodies', 'highlights', 'articleNotes', 'tags', 'settings', 'searchIndex'] as const
  return Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await db[name].toArray()] as const)))
}

/** A library written the way the app writes it: tags with createdAt, notes flattened. */
async function seed(db: GlossDatabase, library: BackupData): Promise<void> {
  // Signed as an import signs them.
  const signatureOf = (id: string): Uint32Array | undefined => {
    const body = library.bodies.find((candidate) => candidate.articleId === id)
    return body && documentSignature(body.blocks)
  }
  await db.articles.bulkAdd(library.articles.map((article) => ({ ...article, signature: signatureOf(article.id) })))
  await db.bodies.bulkAdd(library.bodies)
  await db.highlights.bulkAdd(library.highlights)
  await db.articleNotes.bulkAdd(library.articleNotes.map(({ articleId, note, updatedAt }) => ({ articleId, ...note, updatedAt })))
  await db.tags.bulkAdd(library.tags.map((tag, index) => ({ ...tag, createdAt: 1000 + index })))
  await db.settings.bulkAdd(library.settings)
}

/** Backs up through the real file format, as the app does (serialised in main, parsed back). */
async function backUp(): Promise<BackupData> {
  const parsed = parseBackup(serializeBackup(await readLibrary()))
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
}

let db: GlossDatabase
beforeEach(() => {
  db = freshDatabase()
})

describe('backup and restore', () => {
  it('restores into an empty library exactly the library that was backed up, record for record', async () => {
    await seed(db, fixtureLibrary())
    const before = await snapshot(db)
    const backup = await backUp()
    const restored = freshDatabase()
    const report = await restoreLibrary(backup)
    expect(report.added).toEqual({ articles: 2, bodies: 2, highlights: 5, articleNotes: 2, tags: 3, settings: 2 })
    expect(await snapshot(restored)).toEqual(before)
    // Unicode, overlapping and orphaned highlights, and the empty note all survived.
    expect(before.highlights!.some((h) => (h as { orphaned: boolean }).orphaned)).toBe(true)
    expect(before.articleNotes).toContainEqual(expect.objectContaining({ articleId: 'article-2', text: '' }))

    // Restored articles get duplicate signatures (compared above too), so a later import of the same text is caught.
    const articles = await restored.articles.toArray()
    expect(articles.map((record) => record.id).sort()).toEqual(backup.bodies.map((body) => body.articleId).sort())
    expect(articles.every((record) => record.signature instanceof Uint32Array && record.signature.length === SIGNATURE_LENGTH)).toBe(true)
  })

  it('merges into a non-empty library without duplicating anything, and recounts highlights', async () => {
    await seed(db, fixtureLibrary())
    const backup = await backUp()
    // Another library: the same first article under another id (imported separately), one of its highlights, and a new article.
    const other = freshDatabase()
    const library = fixtureLibrary()
    const copy = { ...library.articles[0]!, id: 'copy-of-1', highlightCount: 1 }
    await seed(other, {
      articles: [copy],
      bodies: [{ ...library.bodies[0]!, articleId: 'copy-of-1' }],
      highlights: [{ ...library.highlights[0]!, articleId: 'copy-of-1' }],
      articleNotes: [],
      tags: [{ name: 'QUOTES' }],
      settings: [{ key: 'reader', value: { fontSize: 22 } }]
    })
    const report = await restoreLibrary(backup)
    expect(report.added.articles).toBe(1)
    expect(report.skipped.articles).toBe(1)
    expect(await other.articles.count()).toBe(2)
    const onCopy = await other.highlights.where('articleId').equals('copy-of-1').toArray()
    expect(onCopy).toHaveLength(5)
    expect(new Set(onCopy.map((h) => h.id)).size).toBe(5)
    expect((await other.articles.get('copy-of-1'))?.highlightCount).toBe(5)
    expect(await other.tags.count()).toBe(3)
    expect((await other.settings.get('reader'))?.value).toEqual({ fontSize: 22 })

    // Restoring the same backup again adds nothing at all.
    const before = await snapshot(other)
    const again = await restoreLibrary(backup)
    expect(Object.values(again.added).every((count) => count === 0)).toBe(true)
    expect(await snapshot(other)).toEqual(before)
  })

  it('stores the duplicate signatures it is given, even ones still being worked out, and computes the rest', async () => {
    const library = fixtureLibrary()
    // As from the backup worker: the signatures arrive a while after the restore began.
    const given = signature('a signature worked out elsewhere, of other words than the article holds')
    const later = new Promise<Map<string, Uint32Array>>((resolve) => setTimeout(() => resolve(new Map([['article-1', given]])), 50))
    const report = await restoreLibrary(library, later)
    expect(report.added.articles).toBe(2)
    expect((await db.articles.get('article-1'))?.signature).toEqual(given)
    expect((await db.articles.get('article-2'))?.signature).toEqual(documentSignature(library.bodies[1]!.blocks))
  })

  it('works the signatures out itself when the worker computing them fails', async () => {
    const failed = new Promise<Map<string, Uint32Array>>((_, reject) => setTimeout(() => reject(new Error('the worker stopped')), 50))
    const library = fixtureLibrary()
    await restoreLibrary(library, failed)
    expect(await db.articles.count()).toBe(library.articles.length)
    for (const body of library.bodies) expect((await db.articles.get(body.articleId))?.signature).toEqual(documentSignature(body.blocks))
  })

  it('leaves the library exactly as it was when a restore fails part-way', async () => {
    await seed(db, fixtureLibrary())
    const before = await snapshot(db)
    const incoming = fixtureLibrary()
    incoming.articles = incoming.articles.map((meta) => ({ ...meta, id: `new-${meta.id}`, updatedAt: meta.updatedAt + 1 }))
    incoming.bodies = incoming.bodies.map((body) => ({
      ...body,
      articleId: `new-${body.articleId}`,
      blocks: [{ kind: 'paragraph', text: `Other ${body.articleId}` }]
    }))
    // Settings are written last; a value IndexedDB cannot store makes the very last write fail.
    incoming.settings = [{ key: 'broken', value: () => 0 }]
    await expect(restoreLibrary(incoming)).rejects.toThrow()
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('annotation import', () => {
  it('re-attaches a W3C export to matching articles and keeps the rest as orphans', async () => {
    const library = fixtureLibrary()
    // The library has the article's text under another id and none of its highlights.
    await seed(db, {
      ...library,
      articles: [{ ...library.articles[0]!, id: 'mine', highlightCount: 0 }],
      bodies: [{ ...library.bodies[0]!, articleId: 'mine' }],
      highlights: [],
      articleNotes: []
    })
    const stranger = {
      ...fixtureArticle(),
      meta: { ...fixtureArticle().meta, id: 'elsewhere' },
      body: { ...fixtureArticle().body!, blocks: [{ kind: 'paragraph' as const, text: 'Not in this library at all.' }] }
    }
    stranger.highlights = [{ ...stranger.highlights[0]!, id: 'lost', articleId: 'elsewhere', quote: 'Not in this library', start: 0, end: 19 }]
    const file = exportAsW3cAnnotations([fixtureArticle(), stranger], fullOptions(), 'single-file')[0]!.content
    const parsed = parseGlossW3cExport(file)
    if (!parsed.ok) throw new Error(parsed.error)

    const report = await importAnnotations(parsed.value, 'notes.json')
    expect(report.attached + report.orphaned).toBe(parsed.value.length)
    expect(report.attached).toBeGreaterThan(0)
    expect(report.unplacedArticleTitle).toBe('Unplaced annotations from notes.json')
    const mine = await db.highlights.where('articleId').equals('mine').toArray()
    expect(mine.length).toBe(report.attached + (report.orphaned - 1))
    expect((await db.articles.get('mine'))?.highlightCount).toBe(mine.length)
    const lost = await db.highlights.get('lost')
    expect(lost).toMatchObject({ orphaned: true, quote: 'Not in this library' })
    expect((await db.articles.get(lost!.articleId))?.title).toBe('Unplaced annotations from notes.json')

    const again = await importAnnotations(parsed.value, 'notes.json')
    expect(again).toMatchObject({ attached: 0, orphaned: 0, alreadyPresent: parsed.value.length, unplacedArticleTitle: null })
  })
})
