// What the library can do to articles, for its components (which never touch storage).
import { useMemo } from 'react'
import {
  deleteTrashedArticles,
  markArticlesFinished,
  restoreArticles,
  trashArticles,
  updateArticleFields,
  type EditableArticleFields
} from '../../db/articles-repository'
import { getArticleMetas } from '../../db/library-repository'
import { setArticleTags } from '../../db/tags-repository'

/** Bulk and single-article actions. */
export interface LibraryActions {
  tag(ids: readonly string[], tag: string): Promise<void>
  untag(ids: readonly string[], tag: string): Promise<void>
  markRead(ids: readonly string[]): Promise<void>
  trash(ids: readonly string[]): Promise<void>
  restore(ids: readonly string[]): Promise<void>
  deleteForever(ids?: readonly string[]): Promise<number>
  edit(id: string, fields: EditableArticleFields, tags: readonly string[]): Promise<void>
}

async function changeTags(ids: readonly string[], change: (tags: string[]) => string[]): Promise<void> {
  for (const meta of await getArticleMetas(ids)) await setArticleTags(meta.id, change(meta.tags))
}

/** The library's actions, stable across renders. */
export function useLibraryActions(): LibraryActions {
  return useMemo(
    () => ({
      tag: (ids, tag) => changeTags(ids, (tags) => [...tags, tag]),
      untag: (ids, tag) => changeTags(ids, (tags) => tags.filter((name) => name.toLowerCase() !== tag.toLowerCase())),
      markRead: markArticlesFinished,
      trash: trashArticles,
      restore: restoreArticles,
      deleteForever: deleteTrashedArticles,
      edit: async (id, fields, tags) => {
        await updateArticleFields(id, fields)
        await setArticleTags(id, tags)
      }
    }),
    []
  )
}
