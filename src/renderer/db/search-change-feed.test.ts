// The search change feed tells which articles' searchable records changed, per committed
// transaction, whichever repository wrote them, and stays quiet for writes search does not read.
import { beforeEach, describe, expect, it } from 'vitest'
import { addTestArticle, freshDatabase, parsedTestDocument } from './test-articles'
import { deleteTrashedArticles, saveReadingProgress, trashArticles, updateArticleFields } from './articles-repository'
import { createHighlight, deleteHighlight } from './highlights-repository'
import { saveArticleNote } from './notes-repository'
import { renameTag, setArticleTags } from './tags-repository'
import { replaceArticleText, storeImportedArticles } from './import-repository'
import { signature } from '../../shared/duplicates'
import { database } from './database'
import { watchSearchableChanges } from './search-change-feed'

let reported: string[][]
let stop: () => void

beforeEach(() => {
  freshDatabase()
  reported = []
  stop = watchSearchableChanges((ids) => reported.push([...ids].sort()))
  return () => stop()
})

// Listeners are told after the commit, in a task of their own.
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 20))

async function reportsOf(write: () => Promise<unknown>): Promise<string[][]> {
  await settle()
  reported = []
  await write()
  await settle()
  return reported
}

describe('watchSearchableChanges', () => {
  it('reports imported articles once per transaction, by id', async () => {
    const documents = ['a.txt', 'b.txt'].map((path, index) => parsedTestDocument(path, [`Paragraph number ${index} about rice.`], `Title ${index}`))
    let ids: string[] = []
    const reports = await reportsOf(async () => {
      ids = await storeImportedArticles(documents.map((document) => ({ document, signature: Array.from(signature(document.originalText)) })))
    })
    expect(reports).toEqual([[...ids].sort()])
  })

  it('reports changes to searchable fields, tags, text, notes, highlights and deletion, but not reading progress', async () => {
    const article = await addTestArticle(['Rice harvest in the delta.'], 'Harvest')
    const other = await addTestArticle(['Coffee exports rose.'], 'Coffee')
    expect(await reportsOf(() => saveReadingProgress(article.id, 0.5))).toEqual([])
    expect(await reportsOf(() => updateArticleFields(article.id, { title: 'Rice harvest' }))).toEqual([[article.id]])
    expect(await reportsOf(() => setArticleTags(article.id, ['Agriculture']))).toEqual([[article.id]])
    expect((await reportsOf(() => renameTag('Agriculture', 'Farming'))).flat()).toContain(article.id)
    expect(await reportsOf(() => saveArticleNote(other.id, { doc: null, text: 'Ask about prices' }))).toEqual([[other.id]])
    expect(
      await reportsOf(() => replaceArticleText(other.id, { blocks: [{ kind: 'paragraph', text: 'Coffee exports fell.' }], removed: [], repairs: [] }))
    ).toEqual([[other.id]])
    let highlightId = ''
    expect(
      await reportsOf(async () => {
        highlightId = (await createHighlight(article.id, article.text, 0, 4, 'yellow')).id
      })
    ).toEqual([[article.id]])
    expect((await reportsOf(() => deleteHighlight(highlightId))).flat()).toEqual([article.id])
    expect(await reportsOf(() => trashArticles([other.id]))).toEqual([[other.id]])
    expect((await reportsOf(() => deleteTrashedArticles([other.id]))).flat()).toContain(other.id)
  })

  it('reports the articles a range deletion or an upsert touched', async () => {
    const article = await addTestArticle(['Rice harvest in the delta.'], 'Harvest')
    const db = database()
    expect(await reportsOf(() => db.articleNotes.put({ articleId: article.id, doc: null, text: 'A note', updatedAt: 1 }))).toEqual([[article.id]])
    expect(await reportsOf(() => db.articleNotes.where('articleId').equals(article.id).delete())).toEqual([[article.id]])
    expect(await reportsOf(() => db.articleNotes.clear())).toEqual([])
    expect(await reportsOf(() => db.articles.upsert('new-article', { readingState: 'new' }))).toEqual([['new-article']])
  })

  it('reports nothing for a transaction that fails, and nothing once unsubscribed', async () => {
    const article = await addTestArticle(['Rice harvest in the delta.'], 'Harvest')
    const db = database()
    const failed = await reportsOf(() =>
      db
        .transaction('rw', db.articles, async () => {
          await db.articles.update(article.id, { title: 'Never saved' })
          throw new Error('stop')
        })
        .catch(() => undefined)
    )
    expect(failed).toEqual([])
    stop()
    expect(await reportsOf(() => updateArticleFields(article.id, { title: 'After' }))).toEqual([])
  })
})
