// Tells the search index which articles changed, whoever changed them: hooks on every table the
// index reads report the article ids once their transaction commits, so no repository has to
// remember to notify search.
import type { Transaction } from 'dexie'
import type { ArticleMeta } from '../../shared/model/article'
import type { Highlight } from '../../shared/model/annotation'
import { database } from './database'

// Article fields the index reads; saving reading progress must not cost a re-index.
const INDEXED_FIELDS = ['title', 'byline', 'source', 'tags', 'trashedAt']

/** Calls `onChange` with the ids of articles whose searchable records changed; returns an unsubscribe. */
export function watchSearchableChanges(onChange: (articleIds: string[]) => void): () => void {
  const db = database()
  const waiting = new WeakMap<Transaction, Set<string>>()
  const note = (articleId: unknown, transaction: Transaction): void => {
    if (typeof articleId !== 'string') return
    let ids = waiting.get(transaction)
    if (!ids) {
      const fresh = new Set<string>()
      waiting.set(transaction, (ids = fresh))
      transaction.on('complete', () => onChange([...fresh]))
    }
    ids.add(articleId)
  }
  const byKey = (key: unknown, _record: unknown, transaction: Transaction): void => note(key, transaction)
  const articleUpdated = (changes: object, key: unknown, _meta: ArticleMeta, transaction: Transaction): void => {
    if (INDEXED_FIELDS.some((field) => Object.keys(changes).some((changed) => changed === field || changed.startsWith(`${field}.`)))) note(key, transaction)
  }
  const highlightChanged = (_key: unknown, highlight: Highlight, transaction: Transaction): void => note(highlight.articleId, transaction)
  const highlightUpdated = (_changes: object, _key: unknown, highlight: Highlight, transaction: Transaction): void => note(highlight.articleId, transaction)
  const byKeyUpdated = (_changes: object, key: unknown, _record: unknown, transaction: Transaction): void => note(key, transaction)

  db.articles.hook('creating', byKey)
  db.articles.hook('updating', articleUpdated)
  db.articles.hook('deleting', byKey)
  db.bodies.hook('creating', byKey)
  db.bodies.hook('updating', byKeyUpdated)
  db.bodies.hook('deleting', byKey)
  db.highlights.hook('creating', highlightChanged)
  db.highlights.hook('updating', highlightUpdated)
  db.highlights.hook('deleting', highlightChanged)
  db.articleNotes.hook('creating', byKey)
  db.articleNotes.hook('updating', byKeyUpdated)
  db.articleNotes.hook('deleting', byKey)
  return () => {
    for (const table of [db.articles, db.bodies, db.articleNotes]) {
      table.hook.creating.unsubscribe(byKey)
      table.hook.deleting.unsubscribe(byKey)
      table.hook.updating.unsubscribe(byKeyUpdated)
    }
    db.articles.hook.updating.unsubscribe(articleUpdated)
    db.highlights.hook.creating.unsubscribe(highlightChanged)
    db.highlights.hook.deleting.unsubscribe(highlightChanged)
    db.highlights.hook.updating.unsubscribe(highlightUpdated)
  }
}
