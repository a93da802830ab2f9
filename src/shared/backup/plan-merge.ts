// Restoring into a library that already has articles must never duplicate them: records merge
// by id (newer `updatedAt` wins), and an article whose text matches an existing one under a
// different id is treated as that article, its highlights and note moved onto it.
import type { Highlight } from '../model/annotation'
import { emptyBackupData, type BackupData } from './backup-schema'
import { contentHash } from './content-hash'
import { highlightCountsAfterWrite } from './highlight-counts'

/** How many records of each kind a merge adds, updates or skips. */
export type MergeCounts = Record<keyof BackupData, number>

/** What to write to the library, and what the user is told about it. */
export interface MergePlan {
  /** Records to insert or overwrite (new ones, and newer versions of existing ones); articles carry their highlight counts after the merge. */
  toAdd: BackupData
  /** Articles of the library, not overwritten, whose highlight count the merge changes. */
  recounted: Array<{ articleId: string; highlightCount: number }>
  added: MergeCounts
  updated: MergeCounts
  skipped: MergeCounts
}

/** Plans restoring `incoming` into `existing` without duplicates. */
export function planMerge(existing: BackupData, incoming: BackupData): MergePlan {
  const toAdd = emptyBackupData()
  const added = zeroCounts()
  const updated = zeroCounts()
  const skipped = zeroCounts()

  const existingArticles = new Map(existing.articles.map((article) => [article.id, article]))
  const articleByHash = new Map(existing.bodies.map((body) => [contentHash(body), body.articleId]))
  const incomingHashes = new Map(incoming.bodies.map((body) => [body.articleId, contentHash(body)]))
  // Where each incoming article's records belong in the merged library.
  const targetId = new Map<string, string>()
  const takeBodyOf = new Map<string, 'added' | 'updated'>()

  for (const article of incoming.articles) {
    const current = existingArticles.get(article.id)
    const hash = incomingHashes.get(article.id)
    if (current !== undefined) {
      targetId.set(article.id, article.id)
      if (article.updatedAt > current.updatedAt) {
        toAdd.articles.push(article)
        updated.articles++
        takeBodyOf.set(article.id, 'updated')
      } else skipped.articles++
      continue
    }
    const sameContent = hash === undefined ? undefined : articleByHash.get(hash)
    if (sameContent !== undefined) {
      targetId.set(article.id, sameContent)
      skipped.articles++
      continue
    }
    targetId.set(article.id, article.id)
    if (hash !== undefined) articleByHash.set(hash, article.id)
    toAdd.articles.push(article)
    added.articles++
    takeBodyOf.set(article.id, 'added')
  }

  for (const body of incoming.bodies) {
    const kind = takeBodyOf.get(body.articleId)
    if (kind === undefined) skipped.bodies++
    else {
      toAdd.bodies.push(body)
      ;(kind === 'added' ? added : updated).bodies++
    }
  }

  const existingHighlights = new Map(existing.highlights.map((h) => [h.id, h]))
  const samePlace = new Set(existing.highlights.map(placeKey))
  const takenIds = new Set<string>()
  for (const highlight of incoming.highlights) {
    const articleId = targetId.get(highlight.articleId) ?? (existingArticles.has(highlight.articleId) ? highlight.articleId : undefined)
    if (articleId === undefined || takenIds.has(highlight.id)) {
      skipped.highlights++
      continue
    }
    const moved = articleId === highlight.articleId ? highlight : { ...highlight, articleId }
    const current = existingHighlights.get(highlight.id)
    if (current !== undefined) {
      if (moved.updatedAt > current.updatedAt) {
        toAdd.highlights.push(moved)
        updated.highlights++
        takenIds.add(moved.id)
      } else skipped.highlights++
    } else if (samePlace.has(placeKey(moved))) {
      skipped.highlights++
    } else {
      toAdd.highlights.push(moved)
      added.highlights++
      samePlace.add(placeKey(moved))
      takenIds.add(moved.id)
    }
  }

  const existingNotes = new Map(existing.articleNotes.map((record) => [record.articleId, record]))
  for (const record of incoming.articleNotes) {
    const articleId = targetId.get(record.articleId) ?? (existingArticles.has(record.articleId) ? record.articleId : undefined)
    const current = articleId === undefined ? undefined : existingNotes.get(articleId)
    if (articleId === undefined || (current !== undefined && record.updatedAt <= current.updatedAt)) {
      skipped.articleNotes++
      continue
    }
    const moved = { ...record, articleId }
    toAdd.articleNotes.push(moved)
    ;(current === undefined ? added : updated).articleNotes++
    existingNotes.set(articleId, moved)
  }

  const tagNames = new Set(existing.tags.map((tag) => tag.name.toLowerCase()))
  for (const tag of incoming.tags) {
    if (tagNames.has(tag.name.toLowerCase())) skipped.tags++
    else {
      tagNames.add(tag.name.toLowerCase())
      toAdd.tags.push(tag)
      added.tags++
    }
  }

  // The user's current settings win: restoring old highlights should not reset their preferences.
  const settingKeys = new Set(existing.settings.map((setting) => setting.key))
  for (const setting of incoming.settings) {
    if (settingKeys.has(setting.key)) skipped.settings++
    else {
      settingKeys.add(setting.key)
      toAdd.settings.push(setting)
      added.settings++
    }
  }

  const { counts, touched } = highlightCountsAfterWrite(existing.highlights, toAdd.highlights)
  toAdd.articles = toAdd.articles.map((article) => ({ ...article, highlightCount: counts.get(article.id) ?? 0 }))
  const overwritten = new Set(toAdd.articles.map((article) => article.id))
  const recounted = [...touched]
    .filter((id) => existingArticles.has(id) && !overwritten.has(id))
    .map((articleId) => ({ articleId, highlightCount: counts.get(articleId) ?? 0 }))
    .filter(({ articleId, highlightCount }) => existingArticles.get(articleId)!.highlightCount !== highlightCount)

  return { toAdd, recounted, added, updated, skipped }
}

/** The same quote at the same place in the same article is the same highlight, whatever its id. */
function placeKey(highlight: Highlight): string {
  return `${highlight.articleId}\u0000${highlight.start}\u0000${highlight.end}\u0000${highlight.quote}`
}

function zeroCounts(): MergeCounts {
  return { articles: 0, bodies: 0, highlights: 0, articleNotes: 0, tags: 0, settings: 0 }
}
