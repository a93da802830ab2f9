// One article's metadata and body as live queries.
import { useLiveQuery } from 'dexie-react-hooks'
import { getArticleBody, getArticleMeta } from '../../db/articles-repository'
import type { ArticleBody, ArticleMeta } from '../../../shared/model/article'

/** The article, `null` when it does not exist, undefined while loading. */
export function useArticle(id: string): { meta: ArticleMeta | null | undefined; body: ArticleBody | null | undefined } {
  const meta = useLiveQuery(async () => (await getArticleMeta(id)) ?? null, [id])
  const body = useLiveQuery(async () => (await getArticleBody(id)) ?? null, [id])
  return { meta, body }
}
