// The import flow's storage against a real IndexedDB implementation: signatures stored with
// articles, duplicates found among them, and replacements that keep highlights.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { signature, SIGNATURE_LENGTH } from '../../shared/duplicates'
import { articlePlainText } from '../../shared/model/text'
import { getArticleBody, getArticleMeta, trashArticles } from './articles-repository'
import { database, openDatabase } from './database'
import { createHighlight, listArticleHighlights } from './highlights-repository'
import { loadDuplicateIndex, replaceArticleText, replaceWithImported, storeImportedArticles, type SignedArticle } from './import-repository'
import { addTestArticle, freshDatabase, parsedTestDocument } from './test-articles'

const LEAD = 'Hanoi (VNA) - Vietnam has opened 33 military attaché offices in foreign countries and allowed 52 countries to open theirs in Vietnam.'
const SECOND = 'The ministry said defence diplomacy had helped build strategic trust with partners in the region and beyond, year after year.'

function signed(path: string, paragraphs: string[], title = path): SignedArticle {
  const document = parsedTestDocument(path, paragraphs, title)
  return { document, signature: Array.from(signature(articlePlainText(document.blocks))) }
}

beforeEach(() => {
  freshDatabase()
})

describe('storeImportedArticles and loadDuplicateIndex', () => {
  it('stores each article with its signature, so a later import of it is found', async () => {
    const [id] = await storeImportedArticles([signed('first.txt', [LEAD, SECOND])])
    const index = await loadDuplicateIndex()
    const again = signed('again.txt', [LEAD.replace('Vietnam', 'Viet Nam'), SECOND])
    expect(index.findDuplicates(again.signature)[0]?.id).toBe(id)
    expect(index.findDuplicates(signed('other.txt', ['Something else entirely, about tides and harbours and boats.']).signature)).toEqual([])
  })

  it('keeps the signature on the article record itself, compact, and in no table of its own', async () => {
    const article = signed('first.txt', [LEAD, SECOND])
    const [id] = await storeImportedArticles([article])
    const record = await database().articles.get(id!)
    expect(record?.signature).toEqual(Uint32Array.from(article.signature))
    expect(database().backendDB().objectStoreNames.contains('signatures')).toBe(false)
  })

  it('signs from their text the articles stored without a signature or with a damaged one, once, and leaves the trash out', async () => {
    const { id: unsigned } = await addTestArticle([LEAD, SECOND], 'Stored by an older Gloss')
    const { id: damaged } = await addTestArticle(['Tides and harbours and boats, and the ferries that cross between them every hour.'], 'Damaged')
    const { id: trashed } = await addTestArticle(['A trashed article about mountain weather, snow on the passes and closed roads.'], 'Trashed')
    await database().articles.update(damaged, { signature: new Uint32Array([1, 2, 3]) })
    await trashArticles([trashed])

    const index = await loadDuplicateIndex()
    expect(index.size).toBe(2)
    expect(index.findDuplicates(signed('again.txt', [LEAD, SECOND]).signature)[0]?.id).toBe(unsigned)
    expect(
      index.findDuplicates(signed('ferries.txt', ['Tides and harbours and boats, and the ferries that cross between them every hour.']).signature)[0]?.id
    ).toBe(damaged)
    // Written back: the next import reads them as stored.
    for (const id of [unsigned, damaged]) expect((await database().articles.get(id))?.signature).toHaveLength(SIGNATURE_LENGTH)
  })
})

describe('the signatures table of earlier versions', () => {
  it('moves each stored signature onto its article when the database is upgraded, and drops the table', async () => {
    const name = `gloss-signatures-upgrade-${Date.now()}`
    // The database as version 1 of the schema left it: signatures in a table of their own, as arrays.
    const old = new Dexie(name)
    old.version(1).stores({ articles: 'id, addedAt, publishedAt, title, source, readingState, trashedAt, *tags', bodies: 'articleId', signatures: 'articleId' })
    const stored = Array.from(signature('the words of an article stored before signatures moved onto articles'))
    await old.table('articles').bulkAdd([
      { id: 'signed', title: 'Signed', addedAt: 1 },
      { id: 'unsigned', title: 'Unsigned', addedAt: 2 }
    ])
    await old.table('signatures').bulkAdd([
      { articleId: 'signed', signature: stored },
      { articleId: 'no-such-article', signature: stored }
    ])
    old.close()

    const upgraded = openDatabase(name)
    expect((await upgraded.articles.get('signed'))?.signature).toEqual(Uint32Array.from(stored))
    expect((await upgraded.articles.get('unsigned'))?.signature).toBeUndefined()
    expect((await upgraded.articles.get('signed'))?.title).toBe('Signed')
    expect(upgraded.backendDB().objectStoreNames.contains('signatures')).toBe(false)
    expect(await upgraded.articles.count()).toBe(2)
    upgraded.close()
  })
})

describe('replaceWithImported', () => {
  it('swaps text and metadata, keeps the id, and moves highlights onto the new text', async () => {
    const [id] = await storeImportedArticles([signed('first.txt', [LEAD, SECOND], 'Old title')])
    const text = articlePlainText([
      { kind: 'paragraph', text: LEAD },
      { kind: 'paragraph', text: SECOND }
    ])
    await createHighlight(id!, text, text.indexOf('strategic trust'), text.indexOf(' with partners'), 'green')
    const outcome = await replaceWithImported(id!, signed('new.txt', ['Share this story', LEAD, SECOND], 'New title'))
    expect(outcome).toEqual({ placed: 1, orphaned: 0 })
    expect(await getArticleMeta(id!)).toMatchObject({ title: 'New title', fileName: 'new.txt' })
    expect((await getArticleBody(id!))?.blocks.map((block) => block.text)).toEqual(['Share this story', LEAD, SECOND])
    const [highlight] = await listArticleHighlights(id!)
    const newText = articlePlainText((await getArticleBody(id!))!.blocks)
    expect(newText.slice(highlight!.start, highlight!.end)).toBe('strategic trust')
  })
})

describe('replaceArticleText', () => {
  it('orphans a highlight whose words are gone, keeping its quote', async () => {
    const [id] = await storeImportedArticles([signed('first.txt', [LEAD, SECOND])])
    const text = articlePlainText([
      { kind: 'paragraph', text: LEAD },
      { kind: 'paragraph', text: SECOND }
    ])
    await createHighlight(id!, text, text.indexOf('strategic trust'), text.indexOf(' with partners'), 'yellow')
    const outcome = await replaceArticleText(id!, { blocks: [{ kind: 'paragraph', text: LEAD }], removed: [{ kind: 'teaser', text: SECOND }], repairs: [] })
    expect(outcome).toEqual({ placed: 0, orphaned: 1 })
    expect(await listArticleHighlights(id!)).toEqual([expect.objectContaining({ quote: 'strategic trust', orphaned: true })])
    expect((await getArticleBody(id!))?.removed).toEqual([{ kind: 'teaser', text: SECOND }])
  })

  it('keeps the signature of the import, so the same file is still found after its original text is used', async () => {
    const article = signed('first.txt', [LEAD, SECOND])
    const [id] = await storeImportedArticles([article])
    const teasers = Array.from({ length: 6 }, (_, n) => `Teaser ${n}: ${SECOND.split(' ').reverse().join(' ')} and a ferry timetable for the ${n}th harbour.`)
    await replaceArticleText(id!, {
      blocks: [LEAD, SECOND, ...teasers].map((text) => ({ kind: 'paragraph' as const, text })),
      removed: [],
      repairs: []
    })
    expect((await database().articles.get(id!))?.signature).toEqual(Uint32Array.from(article.signature))
    expect((await getArticleMeta(id!))?.wordCount).toBeGreaterThan(100)
    const index = await loadDuplicateIndex()
    expect(index.findDuplicates(signed('again.txt', [LEAD, SECOND]).signature)[0]?.id).toBe(id)
  })
})
