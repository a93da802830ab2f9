// The library's windowed reads, for 100,000 articles: the order and filters are worked out from
// index keys alone (no records loaded), and only the rows on screen are read in full.
import type { ArticleMeta } from '../../shared/model/article'
import { intersectOrdered, type LibraryFilters, type LibrarySort } from '../../shared/library/library-view'
import { database } from './database'
import { normalizeArticleMeta } from './restore'

// Titles and sources order by their folded sort keys (see article-sort-keys), never the raw text.
const SORT_INDEX: Record<LibrarySort, string> = {
  added: 'addedAt',
  published: 'publishedAt',
  title: 'titleKey',
  source: 'sourceKey',
  words: '[wordCount+addedAt]',
  highlights: '[highlightCount+addedAt]'
}

/** Ids of the articles to list, in order: the library (filtered) or the trash (most recently trashed first). */
export async function queryLibraryIds(sort: LibrarySort, descending: boolean, filters: LibraryFilters, trash = false): Promise<string[]> {
  const db = database()
  return db.transaction('r', db.articles, db.highlights, async () => {
    const trashed = (await db.articles.where('trashedAt').above(-Infinity).primaryKeys()) as string[]
    if (trash) return (await db.articles.orderBy('trashedAt').primaryKeys()).reverse() as string[]
    const byAdded = (await db.articles.orderBy('addedAt').primaryKeys()) as string[]
    let ordered = byAdded
    if (sort !== 'added') {
      // Articles without a value are absent from the index: they go last, newest first.
      const indexed = (await db.articles.orderBy(SORT_INDEX[sort]).primaryKeys()) as string[]
      const present = new Set(indexed)
      const missing = byAdded.filter((id) => !present.has(id)).reverse()
      ordered = descending ? [...indexed.reverse(), ...missing] : [...indexed, ...missing]
    } else if (descending) ordered = [...byAdded].reverse()
    const required: Set<string>[] = []
    for (const tag of filters.tags) required.push(new Set((await db.articles.where('tags').equals(tag).primaryKeys()) as string[]))
    // One equality range per value: anyOf's cursor jumps are slow in some IndexedDB implementations.
    const anyOf = async (index: 'source' | 'readingState', values: readonly string[]): Promise<Set<string>> =>
      new Set((await Promise.all(values.map((value) => db.articles.where(index).equals(value).primaryKeys()))).flat() as string[])
    if (filters.sources.length) required.push(await anyOf('source', filters.sources))
    if (filters.states.length) required.push(await anyOf('readingState', filters.states))
    if (filters.publishedFrom || filters.publishedTo) {
      const from = filters.publishedFrom ?? ''
      const to = `${filters.publishedTo ?? '9999'}\uffff`
      const inRange = (await db.articles.where('publishedAt').between(from, to, true, true).primaryKeys()) as string[]
      // A date known only to its month or year ("2024-03", "2024") sorts before the range's first
      // day ("2024-03-10") yet may fall inside it, so the month and year of that day match too.
      const enclosing =
        from.length > 7
          ? ((await db.articles
              .where('publishedAt')
              .anyOf([from.slice(0, 4), from.slice(0, 7)])
              .primaryKeys()) as string[])
          : []
      required.push(new Set([...inRange, ...enclosing]))
    }
    if (filters.hasHighlights) required.push(new Set((await db.highlights.orderBy('articleId').uniqueKeys()) as string[]))
    return intersectOrdered(ordered, required, new Set(trashed))
  })
}

/** The metadata of the given articles, in the given order (missing ones left out). */
export async function getArticleMetas(ids: readonly string[]): Promise<ArticleMeta[]> {
  const metas = await database().articles.bulkGet([...ids])
  return metas.flatMap((meta) => (meta ? [normalizeArticleMeta(meta)] : []))
}

/** Every source in the library, for the source filter. */
export async function listSources(): Promise<string[]> {
  return (await database().articles.orderBy('source').uniqueKeys()) as string[]
}

/** Every tag on an article, for the tag filter. */
export async function listArticleTags(): Promise<string[]> {
  return (await database().articles.orderBy('tags').uniqueKeys()) as string[]
}
