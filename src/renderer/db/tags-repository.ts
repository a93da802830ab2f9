// Tags on highlights and articles, and the tags table that remembers them. Every change that
// touches a tag's name is applied to highlights, articles and the table in one transaction,
// so a rename or merge is never half done.
import type { Highlight } from '../../shared/model/annotation'
import type { ArticleMeta } from '../../shared/model/article'
import { isSameOrChildTag, normalizeTagName, removeFromTagList, renameInTagList, tagKey, uniqueTags } from '../../shared/tags/tag-names'
import { database, type GlossDatabase } from './database'

/** A tag with how many highlights and articles carry it. */
export interface TagUsage {
  name: string
  highlights: number
  articles: number
}

/** Adds names to the tags table unless a spelling of them is already there. */
async function rememberTags(db: GlossDatabase, names: readonly string[]): Promise<void> {
  if (names.length === 0) return
  const known = new Set((await db.tags.toCollection().primaryKeys()).map(tagKey))
  const now = Date.now()
  for (const name of uniqueTags(names)) {
    if (!known.has(name.toLowerCase())) await db.tags.add({ name, createdAt: now })
  }
}

/** Every tag, in the table or in use, with its counts, sorted by name. */
export async function listTagUsage(): Promise<TagUsage[]> {
  const db = database()
  return db.transaction('r', db.tags, db.highlights, db.articles, async () => {
    const usage = new Map<string, TagUsage>()
    const entry = (raw: string): TagUsage | undefined => {
      const name = normalizeTagName(raw)
      if (name === '') return undefined
      const key = name.toLowerCase()
      if (!usage.has(key)) usage.set(key, { name, highlights: 0, articles: 0 })
      return usage.get(key)
    }
    for (const record of await db.tags.orderBy('name').toArray()) entry(record.name)
    await db.highlights.each((highlight) => {
      for (const tag of uniqueTags(highlight.tags ?? [])) entry(tag)!.highlights++
    })
    await db.articles.each((article) => {
      for (const tag of uniqueTags(article.tags ?? [])) entry(tag)!.articles++
    })
    return [...usage.values()].sort((a, b) => a.name.localeCompare(b.name))
  })
}

/** The names of every known tag, for autocomplete. */
export async function listTagNames(): Promise<string[]> {
  return (await listTagUsage()).map((tag) => tag.name)
}

/** Replaces a highlight's tags (normalised) and remembers new names. */
export async function setHighlightTags(highlightId: string, tags: readonly string[]): Promise<void> {
  const db = database()
  const names = uniqueTags(tags)
  await db.transaction('rw', db.highlights, db.tags, async () => {
    await db.highlights.update(highlightId, { tags: names, updatedAt: Date.now() })
    await rememberTags(db, names)
  })
}

/** Adds one tag to a highlight, reading its tags inside the transaction so quick successive edits never overwrite each other. */
export async function addHighlightTag(highlightId: string, tag: string): Promise<void> {
  await changeHighlightTags(highlightId, (tags) => uniqueTags([...tags, tag]))
}

/** Removes one tag from a highlight. */
export async function removeHighlightTag(highlightId: string, tag: string): Promise<void> {
  await changeHighlightTags(highlightId, (tags) => removeFromTagList(tags, tag))
}

async function changeHighlightTags(highlightId: string, change: (tags: string[]) => string[]): Promise<void> {
  const db = database()
  await db.transaction('rw', db.highlights, db.tags, async () => {
    const highlight = await db.highlights.get(highlightId)
    if (!highlight) return
    const names = change(uniqueTags(highlight.tags ?? []))
    await db.highlights.update(highlightId, { tags: names, updatedAt: Date.now() })
    await rememberTags(db, names)
  })
}

/** Replaces an article's tags (normalised) and remembers new names. */
export async function setArticleTags(articleId: string, tags: readonly string[]): Promise<void> {
  await changeArticleTags(articleId, () => uniqueTags(tags))
}

/** Adds one tag to an article. */
export async function addArticleTag(articleId: string, tag: string): Promise<void> {
  await changeArticleTags(articleId, (tags) => uniqueTags([...tags, tag]))
}

/** Removes one tag from an article. */
export async function removeArticleTag(articleId: string, tag: string): Promise<void> {
  await changeArticleTags(articleId, (tags) => removeFromTagList(tags, tag))
}

async function changeArticleTags(articleId: string, change: (tags: string[]) => string[]): Promise<void> {
  const db = database()
  await db.transaction('rw', db.articles, db.tags, async () => {
    const article = await db.articles.get(articleId)
    if (!article) return
    const names = change(uniqueTags(article.tags ?? []))
    await db.articles.update(articleId, { tags: names, updatedAt: Date.now() })
    await rememberTags(db, names)
  })
}

/** Applies `change` to every tag list that holds `name` or a child of it, everywhere, atomically. */
async function changeTagEverywhere(name: string, change: (tags: readonly string[]) => string[], tableNames: (names: string[]) => string[]): Promise<void> {
  const db = database()
  const touches = (tags: readonly string[] | undefined): boolean => (tags ?? []).some((tag) => isSameOrChildTag(tag, name))
  await db.transaction('rw', db.highlights, db.articles, db.tags, async () => {
    const now = Date.now()
    await db.highlights
      .filter((highlight: Highlight) => touches(highlight.tags))
      .modify((highlight: Highlight) => {
        highlight.tags = change(highlight.tags)
        highlight.updatedAt = now
      })
    await db.articles
      .filter((article: ArticleMeta) => touches(article.tags))
      .modify((article: ArticleMeta) => {
        article.tags = change(article.tags)
        article.updatedAt = now
      })
    const records = await db.tags.toArray()
    const kept = new Map(records.map((record) => [record.name, record.createdAt]))
    const names = tableNames(records.sort((a, b) => a.createdAt - b.createdAt).map((record) => record.name))
    await db.tags.clear()
    await db.tags.bulkAdd(names.map((tag) => ({ name: tag, createdAt: kept.get(tag) ?? now })))
  })
}

/** Renames a tag and its children everywhere; renaming onto an existing tag merges them. */
export async function renameTag(from: string, to: string): Promise<void> {
  const target = normalizeTagName(to)
  if (target === '' || normalizeTagName(from) === '') throw new Error('A tag needs a name.')
  if (tagKey(target).startsWith(tagKey(from) + '/')) throw new Error('A tag cannot move inside itself.')
  // Existing spellings win, so merging into `Trade` keeps `Trade`, not the typed `trade`.
  const existing = tagKey(target) === tagKey(from) ? target : ((await listTagNames()).find((name) => tagKey(name) === tagKey(target)) ?? target)
  await changeTagEverywhere(
    from,
    (tags) => renameInTagList(tags, from, existing),
    (names) => uniqueTags(names.map((tag) => renameInTagList([tag], from, existing)[0]!))
  )
}

/** Merges tag `from` into tag `into` everywhere (the same as renaming onto it). */
export async function mergeTags(from: string, into: string): Promise<void> {
  await renameTag(from, into)
}

/** Removes a tag from every highlight and article and from the table; its children stay. */
export async function deleteTag(name: string): Promise<void> {
  const key = tagKey(name)
  await changeTagEverywhere(
    name,
    (tags) => removeFromTagList(tags, name),
    (names) => names.filter((tag) => tagKey(tag) !== key)
  )
}
