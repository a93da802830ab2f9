// Tells the search index which articles changed, whoever changed them, once their transaction
// commits, so no repository has to remember to notify search: articles, bodies and notes through
// a middleware under every write (see search-change-middleware); highlights, keyed by their own
// id with their article known only from the old record when one is deleted, through hooks.
import type { Transaction } from 'dexie'
import type { Highlight } from '../../shared/model/annotation'
import { database } from './database'
import { onArticleWrites, type ArticleWritesListener } from './search-change-middleware'

/** Calls `onChange` with the ids of articles whose searchable records changed; returns an unsubscribe. */
export function watchSearchableChanges(onChange: ArticleWritesListener): () => void {
  const db = database()
  const stopArticles = onArticleWrites(db.name, onChange)

  const waiting = new WeakMap<Transaction, Set<string>>()
  const note = (articleId: string, transaction: Transaction): void => {
    let ids = waiting.get(transaction)
    if (!ids) {
      const fresh = new Set<string>()
      waiting.set(transaction, (ids = fresh))
      transaction.on('complete', () => onChange([...fresh]))
    }
    ids.add(articleId)
  }
  const highlightChanged = (_key: unknown, highlight: Highlight, transaction: Transaction): void => note(highlight.articleId, transaction)
  const highlightUpdated = (_changes: object, _key: unknown, highlight: Highlight, transaction: Transaction): void => note(highlight.articleId, transaction)
  db.highlights.hook('creating', highlightChanged)
  db.highlights.hook('updating', highlightUpdated)
  db.highlights.hook('deleting', highlightChanged)
  return () => {
    stopArticles()
    db.highlights.hook.creating.unsubscribe(highlightChanged)
    db.highlights.hook.deleting.unsubscribe(highlightChanged)
    db.highlights.hook.updating.unsubscribe(highlightUpdated)
  }
}
