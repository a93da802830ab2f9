import { describe, expect, it } from 'vitest'
import { exportAsW3cAnnotations } from '../export'
import { fixtureArticle, fullOptions } from '../export/test-fixtures'
import { articlePlainText } from '../model/text'
import { parseGlossW3cExport } from './parse-w3c-export'
import { planReattachment } from './plan-reattachment'

const article = fixtureArticle()
const text = articlePlainText(article.body!.blocks)
const exported = exportAsW3cAnnotations([article], fullOptions(), 'single-file')[0]!.content
const annotations = (() => {
  const parsed = parseGlossW3cExport(exported)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
})()

let counter = 0
const context = (articles: { id: string; text: string }[], existingIds: string[] = []) => ({
  articles,
  existingIds: new Set(existingIds),
  existingPlaces: new Set<string>(),
  unplacedArticleId: 'unplaced',
  newId: () => `new-${counter++}`,
  now: 1
})

describe('planReattachment', () => {
  it('puts every annotation back on the article its URN names, at the same places', () => {
    const plan = planReattachment(annotations, context([{ id: 'article-1', text }]))
    const placed = article.highlights.filter((h) => !h.orphaned)
    expect(plan.attached).toBe(placed.length)
    expect(plan.unplaced).toBe(0)
    for (const original of placed) {
      const again = plan.highlights.find((h) => h.id === original.id)
      expect(again).toMatchObject({
        articleId: 'article-1',
        start: original.start,
        end: original.end,
        quote: original.quote,
        color: original.color,
        orphaned: false
      })
    }
    expect(plan.attached + plan.orphaned).toBe(annotations.length)
  })

  it('finds the article by its text when the id differs (another device, a re-import)', () => {
    const plan = planReattachment(
      annotations,
      context([
        { id: 'other', text: 'Nothing alike.' },
        { id: 'copy', text }
      ])
    )
    expect(plan.highlights.filter((h) => !h.orphaned).every((h) => h.articleId === 'copy')).toBe(true)
    expect(plan.attached).toBeGreaterThan(0)
  })

  it('re-anchors into edited text and keeps what no longer fits as an orphan', () => {
    const edited = 'A new first paragraph.\n\n' + text.replace('Thủ tướng Phạm Minh', 'The Prime Minister')
    const plan = planReattachment(annotations, context([{ id: 'article-1', text: edited }]))
    const moved = plan.highlights.find((h) => h.quote.includes('today.'))!
    expect(edited.slice(moved.start, moved.end)).toBe(moved.quote)
    const gone = plan.highlights.find((h) => h.id === 'h-overlap-a')!
    expect(gone).toMatchObject({ orphaned: true, quote: 'Thủ tướng Phạm Minh', articleId: 'article-1' })
    expect(plan.highlights).toHaveLength(annotations.length)
  })

  it('keeps annotations that match no article as orphans on the unplaced article', () => {
    const plan = planReattachment(annotations, context([{ id: 'x', text: 'Unrelated text.' }]))
    expect(plan.unplaced).toBe(annotations.length)
    expect(plan.orphaned).toBe(annotations.length)
    expect(plan.highlights.every((h) => h.articleId === 'unplaced' && h.orphaned && h.quote !== '')).toBe(true)
  })

  it('does not add an annotation twice', () => {
    const plan = planReattachment(
      annotations,
      context(
        [{ id: 'article-1', text }],
        article.highlights.map((h) => h.id)
      )
    )
    expect(plan).toMatchObject({ highlights: [], alreadyPresent: annotations.length })
  })
})
