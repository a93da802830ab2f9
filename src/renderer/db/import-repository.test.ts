// The import flow's storage against a real IndexedDB implementation: signatures stored with
// articles, duplicates found among them, and replacements that keep highlights.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { signature } from '../../shared/duplicates'
import { articlePlainText } from '../../shared/model/text'
import { getArticleBody, getArticleMeta } from './articles-repository'
import { createHighlight, listArticleHighlights } from './highlights-repository'
import { loadDuplicateIndex, replaceArticleText, replaceWithImported, storeImportedArticles, type SignedArticle } from './import-repository'
import { freshDatabase, parsedTestDocument } from './test-articles'

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
})
