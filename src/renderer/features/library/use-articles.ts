// The library's articles as a live query: the list updates itself after imports and edits.
import { useLiveQuery } from 'dexie-react-hooks'
import { listArticles } from '../../db/articles-repository'
import type { ArticleMeta } from '../../../shared/model/article'

/** Articles not in the trash, newest first; undefined while loading. */
export function useArticles(): ArticleMeta[] | undefined {
  return useLiveQuery(listArticles, [])
}
