// Re-anchoring against a real IndexedDB implementation: highlights follow the new text or become orphans, never lost.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GlossDatabase } from './database'
import { getArticleBody, getArticleMeta } from './articles-repository'
import { createHighlight, listArticleHighlights, moveHighlight } from './highlights-repository'
import { reanchorArticle } from './reanchor-repository'
import { addTestArticle, freshDatabase } from './test-articles'
import { articlePlainText } from '../../shared/model/text'

let db: GlossDatabase

beforeEach(() => {
  db = freshDatabase()
})

const paragraph = (text: string) => ({ kind: 'paragraph' as const, text })

describe('reanchorArticle', () => {
  it('moves placed highlights to their new offsets and orphans the rest, keeping quotes', async () => {
    const { id, text } = await addTestArticle([
      'ID : 673760 Hanoi, December 22 (VNA) - Applying the strategy of defence diplomacy.',
      'Vietnam has opened 33 military attaché offices in foreign countries.',
      'Subscribe to our newsletter for more stories like this one today.'
    ])
    const kept = await createHighlight(id, text, text.indexOf('opened 33'), text.indexOf(' in foreign'), 'green')
    const dropped = await createHighlight(id, text, text.indexOf('Subscribe'), text.indexOf(' for more'), 'pink')
    const newBlocks = [
      paragraph('Hanoi, December 22 (VNA) - Applying the strategy of defence diplomacy.'),
      paragraph('Vietnam has opened 33 military attaché offices in foreign countries.')
    ]
    const outcome = await reanchorArticle(id, newBlocks)
    expect(outcome).toEqual({ placed: 1, orphaned: 1 })

    const newText = articlePlainText(newBlocks)
    const all = await listArticleHighlights(id)
    const placed = all.find((h) => h.id === kept.id)!
    const orphan = all.find((h) => h.id === dropped.id)!
    expect(newText.slice(placed.start, placed.end)).toBe('opened 33 military attaché offices')
    expect(placed).toMatchObject({ quote: 'opened 33 military attaché offices', orphaned: false })
    expect(newText.endsWith(placed.prefix, placed.start)).toBe(true)
    expect(orphan).toMatchObject({ quote: 'Subscribe to our newsletter', orphaned: true, color: 'pink' })
    expect((await getArticleBody(id))?.blocks).toEqual(newBlocks)
    expect((await getArticleMeta(id))?.highlightCount).toBe(2)
  })

  it('brings an orphan back when the new text contains its passage again', async () => {
    const { id, text } = await addTestArticle(['Alpha beta gamma.', 'Delta epsilon zeta eta theta.'])
    await createHighlight(id, text, text.indexOf('Delta'), text.indexOf(' theta'), 'blue')
    await reanchorArticle(id, [paragraph('Alpha beta gamma.')])
    expect((await listArticleHighlights(id))[0]?.orphaned).toBe(true)
    await reanchorArticle(id, [paragraph('Alpha beta gamma.'), paragraph('Delta epsilon zeta eta theta.')])
    const [restored] = await listArticleHighlights(id)
    expect(restored).toMatchObject({ orphaned: false, quote: 'Delta epsilon zeta eta' })
  })

  it('re-attaches an orphan to a chosen passage', async () => {
    const { id, text } = await addTestArticle(['One two three four five.'])
    const highlight = await createHighlight(id, text, 4, 13, 'yellow')
    await reanchorArticle(id, [paragraph('Completely different words now.')])
    await moveHighlight(highlight.id, 'Completely different words now.', 11, 26)
    expect((await listArticleHighlights(id))[0]).toMatchObject({ orphaned: false, quote: 'different words', start: 11, end: 26 })
  })

  it('changes nothing when the transaction fails', async () => {
    const { id, text } = await addTestArticle(['Keep this text exactly as it is.'])
    await createHighlight(id, text, 5, 9, 'yellow')
    db.bodies.hook('updating', () => {
      throw new Error('disk full')
    })
    await expect(reanchorArticle(id, [paragraph('Other.')])).rejects.toThrow('disk full')
    expect((await listArticleHighlights(id))[0]).toMatchObject({ orphaned: false, quote: 'this' })
  })
})
