// Reports the ids of articles whose records were written, per committed transaction, for the
// search change feed. Articles, bodies and notes are keyed by their article's id, so a middleware
// under every write reads the ids off the request: Dexie's table hooks would instead read every
// put's old record first (a thousand reads under a thousand-article import).
import type { DBCore, DBCoreMutateRequest, DBCorePutRequest, Middleware } from 'dexie'

/** Told the article ids a committed transaction wrote. */
export type ArticleWritesListener = (articleIds: string[]) => void

// By database name: the middleware is installed on every database, listeners watch one.
const listeners = new Map<string, Set<ArticleWritesListener>>()

// Tables keyed by article id, and where a record holds that id.
const ARTICLE_ID_OF: Record<string, (value: Record<string, unknown>) => unknown> = {
  articles: (value) => value.id,
  bodies: (value) => value.articleId,
  articleNotes: (value) => value.articleId
}

// Article fields the index reads; saving reading progress must not cost a re-index.
const INDEXED_FIELDS = ['title', 'byline', 'source', 'tags', 'trashedAt']

/** Dexie middleware reporting the article ids written in each committed transaction to the watchers of its database. */
export const searchChangesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SearchChanges',
  create: (down) => {
    const waiting = new WeakMap<object, Set<string>>()
    const note = (transaction: object, ids: readonly unknown[]): void => {
      const watchers = listeners.get(down.schema.name)
      if (!watchers?.size || ids.length === 0) return
      let pending = waiting.get(transaction)
      if (!pending) {
        const fresh = new Set<string>()
        waiting.set(transaction, (pending = fresh))
        // Dexie's core transaction is IndexedDB's own; an aborted one reports nothing.
        ;(transaction as IDBTransaction).addEventListener('complete', () => watchers.forEach((listener) => listener([...fresh])))
      }
      for (const id of ids) if (typeof id === 'string') pending.add(id)
    }
    return {
      ...down,
      table: (name) => {
        const table = down.table(name)
        const articleIdOf = ARTICLE_ID_OF[name]
        if (!articleIdOf) return table
        return {
          ...table,
          mutate: (request) => {
            if (request.type !== 'deleteRange') {
              note(request.trans, changedArticleIds(name, request, articleIdOf))
              return table.mutate(request)
            }
            // A range deletion (Collection.delete over a key range, Table.clear) names no keys: they are read first.
            const query = { index: table.schema.primaryKey, range: request.range }
            return table.query({ trans: request.trans, values: false, query }).then(({ result }) => {
              note(request.trans, result)
              return table.mutate(request)
            })
          }
        }
      }
    }
  }
}

function changedArticleIds(
  table: string,
  request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>,
  articleIdOf: (value: Record<string, unknown>) => unknown
): readonly unknown[] {
  if (request.type === 'delete') return request.keys
  if (table === 'articles' && request.type === 'put' && !touchesIndexedFields(request)) return []
  return request.keys ?? request.values.map((value) => articleIdOf(value as Record<string, unknown>))
}

function touchesIndexedFields(request: DBCorePutRequest): boolean {
  // An upsert may create the record.
  if (request.upsert) return true
  const specs = request.changeSpec ? [request.changeSpec] : request.updates?.changeSpecs
  // A whole record replaced, or changed by a function: any field may have changed.
  if (!specs) return true
  return specs.some((spec) => Object.keys(spec).some((path) => INDEXED_FIELDS.some((field) => path === field || path.startsWith(`${field}.`))))
}

/** Calls `listener` after each committed transaction that wrote articles, bodies or notes of database `name`; returns an unsubscribe. */
export function onArticleWrites(name: string, listener: ArticleWritesListener): () => void {
  const watchers = listeners.get(name) ?? new Set<ArticleWritesListener>()
  listeners.set(name, watchers)
  watchers.add(listener)
  return () => watchers.delete(listener)
}
