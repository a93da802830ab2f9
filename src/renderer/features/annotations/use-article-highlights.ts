// An article's highlights, live, in reading order.
import { useLiveQuery } from 'dexie-react-hooks'
import { listArticleHighlights } from '../../db/highlights-repository'
import type { Highlight } from '../../../shared/model/annotation'

/** The highlights of one article; empty while loading. */
export function useArticleHighlights(articleId: string): Highlight[] {
  return useLiveQuery(() => listArticleHighlights(articleId), [articleId]) ?? []
}
