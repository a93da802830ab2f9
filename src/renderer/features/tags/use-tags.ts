// Tags as the UI needs them: names for autocomplete, usage for the manager, and the changes
// that apply everywhere (through the tags repository, atomically).
import { useLiveQuery } from 'dexie-react-hooks'
import { addArticleTag, deleteTag, listTagNames, listTagUsage, mergeTags, removeArticleTag, renameTag, type TagUsage } from '../../db/tags-repository'
import { getArticleMeta } from '../../db/articles-repository'

const EMPTY: string[] = []

/** Every known tag name, live; empty while loading. */
export function useTagNames(): string[] {
  return useLiveQuery(listTagNames, []) ?? EMPTY
}

/** Every tag with its counts, live; undefined while loading. */
export function useTagUsage(): TagUsage[] | undefined {
  return useLiveQuery(listTagUsage, [])
}

/** The changes the tag manager offers, each applied to highlights, articles and the tags table at once. */
export const tagChanges = { rename: renameTag, merge: mergeTags, remove: deleteTag } as const

/** An article's tags, live, with a setter; undefined while loading. */
export function useArticleTags(articleId: string): { tags: string[] | undefined; add(tag: string): void; remove(tag: string): void } {
  const tags = useLiveQuery(async () => (await getArticleMeta(articleId))?.tags ?? [], [articleId])
  return { tags, add: (tag) => void addArticleTag(articleId, tag), remove: (tag) => void removeArticleTag(articleId, tag) }
}
