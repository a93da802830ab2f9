// The ordered ids of the articles to list, and the rows on screen read in pages, kept current
// after changes at a pace a large import can afford (see use-paced-query).
import { usePacedQuery } from './use-paced-query'
import { getArticleMetas, listArticleTags, listSources, queryLibraryIds } from '../../db/library-repository'
import type { ArticleMeta } from '../../../shared/model/article'
import type { LibraryViewSettings } from '../../../shared/library/library-view'

const PAGE = 100

/** Ids in display order for the view, or for the trash; undefined while loading. */
export function useLibraryIds(view: LibraryViewSettings | undefined, trash: boolean): string[] | undefined {
  return usePacedQuery(async () => (view ? queryLibraryIds(view.sort, view.descending, view.filters, trash) : undefined), [view, trash])
}

/** Metadata of the rows around [first, last], fetched a page at a time, by id. */
export function useArticleWindow(ids: readonly string[] | undefined, first: number, last: number): ReadonlyMap<string, ArticleMeta> {
  const start = Math.max(0, Math.floor(first / PAGE) * PAGE)
  const end = Math.max(start + PAGE, Math.ceil((last + 1) / PAGE) * PAGE)
  const metas = usePacedQuery(async () => new Map((await getArticleMetas(ids?.slice(start, end) ?? [])).map((meta) => [meta.id, meta])), [ids, start, end])
  return metas ?? EMPTY
}

const EMPTY: ReadonlyMap<string, ArticleMeta> = new Map()

/** Sources and tags present in the library, for the filter menus. */
export function useFilterChoices(): { sources: string[]; tags: string[] } {
  return usePacedQuery(async () => ({ sources: await listSources(), tags: await listArticleTags() }), []) ?? { sources: [], tags: [] }
}
