// Keeps each stored article's sort keys (see shared/library/sort-key) right whoever writes it:
// one middleware under every add, put, update and modify of the articles table, so import,
// editing, restore and bulk changes never have to remember to derive them.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { articleSortKeys } from '../../shared/library/sort-key'

/** An article record as stored, with its sort keys derived from its current title and source. */
export function withSortKeys<T>(record: T): T {
  if (typeof record !== 'object' || record === null) return record
  const fields = record as Record<string, unknown>
  const title = typeof fields.title === 'string' ? fields.title : null
  const source = typeof fields.source === 'string' ? fields.source : null
  const { titleKey: _title, sourceKey: _source, ...rest } = fields
  return { ...rest, ...articleSortKeys(title, source) } as T
}

function derive(request: DBCoreMutateRequest): DBCoreMutateRequest {
  return request.type === 'add' || request.type === 'put' ? { ...request, values: request.values.map(withSortKeys) } : request
}

/** Dexie middleware that derives the sort keys on every write to the articles table. */
export const articleSortKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ArticleSortKeys',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      return name === 'articles' ? { ...table, mutate: (request) => table.mutate(derive(request)) } : table
    }
  })
}
