import { describe, expect, it } from 'vitest'
import type { BackupData } from './backup-schema'
import { contentHash } from './content-hash'
import { planMerge } from './plan-merge'
import { fixtureLibrary } from './test-library'

/** Applies a plan the way a repository would: upsert by key. */
function apply(existing: BackupData, toAdd: BackupData): BackupData {
  const upsert = <T>(current: T[], incoming: T[], keyOf: (record: T) => string) => {
    const byKey = new Map(current.map((record) => [keyOf(record), record]))
    for (const record of incoming) byKey.set(keyOf(record), record)
    return [...byKey.values()]
  }
  return {
    articles: upsert(existing.articles, toAdd.articles, (a) => a.id),
    bodies: upsert(existing.bodies, toAdd.bodies, (b) => b.articleId),
    highlights: upsert(existing.highlights, toAdd.highlights, (h) => h.id),
    articleNotes: upsert(existing.articleNotes, toAdd.articleNotes, (n) => n.articleId),
    tags: upsert(existing.tags, toAdd.tags, (t) => t.name.toLowerCase()),
    settings: upsert(existing.settings, toAdd.settings, (s) => s.key)
  }
}

describe('planMerge', () => {
  it('adds nothing when restoring a library into itself', () => {
    const library = fixtureLibrary()
    const plan = planMerge(library, fixtureLibrary())
    expect(plan.toAdd).toEqual({ articles: [], bodies: [], highlights: [], articleNotes: [], tags: [], settings: [] })
    expect(plan.skipped).toEqual({ articles: 2, bodies: 2, highlights: 5, articleNotes: 2, tags: 3, settings: 2 })
  })

  it('adds into an empty library', () => {
    const plan = planMerge({ articles: [], bodies: [], highlights: [], articleNotes: [], tags: [], settings: [] }, fixtureLibrary())
    expect(plan.toAdd).toEqual(fixtureLibrary())
    expect(plan.added).toEqual({ articles: 2, bodies: 2, highlights: 5, articleNotes: 2, tags: 3, settings: 2 })
  })

  it('keeps the newer record for the same id and treats same content under another id as the same article', () => {
    const existing = fixtureLibrary()
    // Drop one highlight from the existing library so the incoming copy is new.
    existing.highlights = existing.highlights.filter((h) => h.id !== 'h-cross')
    const incoming = fixtureLibrary()
    // The same article imported again elsewhere: new ids, same text.
    incoming.articles = incoming.articles.map((a) =>
      a.id === 'article-1' ? { ...a, id: 'other-import' } : { ...a, updatedAt: a.updatedAt + 1000, title: 'Renamed' }
    )
    incoming.bodies = incoming.bodies.map((b) => (b.articleId === 'article-1' ? { ...b, articleId: 'other-import' } : b))
    incoming.highlights = [
      ...incoming.highlights.map((h) => ({ ...h, articleId: 'other-import' })),
      { ...incoming.highlights[0]!, id: 'brand-new', articleId: 'other-import', start: 0, end: 4, quote: 'Thủ ' },
      { ...incoming.highlights[0]!, id: 'same-place-new-id', articleId: 'other-import' }
    ]
    incoming.articleNotes = [{ articleId: 'other-import', note: { doc: null, text: 'newer note' }, updatedAt: 99 }]
    incoming.tags = [{ name: 'QUOTES' }, { name: 'new/tag' }]
    incoming.settings = [
      { key: 'reader', value: { fontSize: 30 } },
      { key: 'language', value: 'vi' }
    ]

    const plan = planMerge(existing, incoming)
    expect(plan.added).toEqual({ articles: 0, bodies: 0, highlights: 2, articleNotes: 0, tags: 1, settings: 1 })
    expect(plan.updated).toEqual({ articles: 1, bodies: 1, highlights: 0, articleNotes: 1, tags: 0, settings: 0 })
    expect(plan.skipped).toEqual({ articles: 1, bodies: 1, highlights: 5, articleNotes: 0, tags: 1, settings: 1 })
    expect(plan.toAdd.highlights.map((h) => [h.id, h.articleId])).toEqual([
      ['h-cross', 'article-1'],
      ['brand-new', 'article-1']
    ])
    expect(plan.toAdd.articleNotes).toEqual([{ articleId: 'article-1', note: { doc: null, text: 'newer note' }, updatedAt: 99 }])

    const merged = apply(existing, plan.toAdd)
    expect(merged.articles.map((a) => a.id).sort()).toEqual(['article-1', 'article-2'])
    expect(merged.articles.find((a) => a.id === 'article-2')?.title).toBe('Renamed')
    expect(new Set(merged.highlights.map((h) => h.id)).size).toBe(merged.highlights.length)
    expect(merged.highlights).toHaveLength(6)
    expect(merged.settings.find((s) => s.key === 'reader')?.value).toEqual({ fontSize: 18, theme: 'sepia', lineHeight: 1.6 })
    // Merging the result again adds nothing: the plan is idempotent.
    const again = planMerge(merged, incoming)
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true)
  })
})

describe('planMerge highlight counts', () => {
  it('gives written articles the count of their highlights after the merge, whatever the backup said', () => {
    const incoming = fixtureLibrary()
    incoming.articles = incoming.articles.map((article) => ({ ...article, highlightCount: 9 }))
    const plan = planMerge(emptyLibrary(), incoming)
    expect(plan.toAdd.articles.map((article) => [article.id, article.highlightCount])).toEqual([
      ['article-1', 5],
      ['article-2', 0]
    ])
    expect(plan.recounted).toEqual([])
  })

  it('recounts an article of the library that receives highlights without being overwritten', () => {
    const existing = fixtureLibrary()
    existing.highlights = existing.highlights.slice(0, 2)
    existing.articles = existing.articles.map((article) => (article.id === 'article-1' ? { ...article, highlightCount: 2 } : article))
    const plan = planMerge(existing, fixtureLibrary())
    expect(plan.toAdd.articles).toEqual([])
    expect(plan.added.highlights).toBe(3)
    expect(plan.recounted).toEqual([{ articleId: 'article-1', highlightCount: 5 }])
    // Merging again changes no count.
    expect(planMerge(apply(existing, plan.toAdd), fixtureLibrary()).recounted).toEqual([])
  })
})

function emptyLibrary(): BackupData {
  return { articles: [], bodies: [], highlights: [], articleNotes: [], tags: [], settings: [] }
}

describe('contentHash', () => {
  it('is equal for equal text and differs for different text', () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'Phạm Minh Chính 🎉' }]
    expect(contentHash({ blocks })).toBe(contentHash({ blocks: [{ kind: 'heading', text: 'Phạm Minh Chính 🎉' }] }))
    expect(contentHash({ blocks })).not.toBe(contentHash({ blocks: [{ kind: 'paragraph', text: 'Phạm Minh Chính 🎊' }] }))
  })
})
