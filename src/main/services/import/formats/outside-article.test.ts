import { describe, expect, it } from 'vitest'
import { extractHtmlArticle } from './html'
import { textOutsideArticle } from './outside-article'

describe('textOutsideArticle', () => {
  it("records each of the page's blocks the article does not hold, in page order", () => {
    const page = [
      { kind: 'list-item' as const, text: 'Home' },
      { kind: 'paragraph' as const, text: 'The dam opened on Monday.' },
      { kind: 'paragraph' as const, text: 'Water reached the fields by noon.' },
      { kind: 'paragraph' as const, text: 'Sign up for our newsletter' }
    ]
    const article = [
      { kind: 'paragraph' as const, text: 'The dam opened on Monday.' },
      { kind: 'paragraph' as const, text: 'Water reached the fields by noon.' }
    ]
    expect(textOutsideArticle(page, article)).toEqual([
      { kind: 'outside-the-article', text: 'Home' },
      { kind: 'outside-the-article', text: 'Sign up for our newsletter' }
    ])
  })

  it('counts text the article holds inside a merged block as kept, unless it is a few words that could stand anywhere', () => {
    const page = [
      { kind: 'paragraph' as const, text: 'The dam on the upper river opened' },
      { kind: 'paragraph' as const, text: 'on Monday, two weeks later than planned.' },
      { kind: 'list-item' as const, text: 'Monday' }
    ]
    expect(textOutsideArticle(page, [{ kind: 'paragraph', text: 'The dam on the upper river opened on Monday, two weeks later than planned.' }])).toEqual([
      { kind: 'outside-the-article', text: 'Monday' }
    ])
  })

  it('takes text the article shows above its blocks (headline, byline) as kept', () => {
    const page = [
      { kind: 'heading' as const, text: 'Flood plan' },
      { kind: 'paragraph' as const, text: 'By Lan Pham' }
    ]
    expect(textOutsideArticle(page, [{ kind: 'paragraph', text: 'Text.' }], ['Flood plan', 'By Lan Pham'])).toEqual([])
  })

  it('records only the page around the story when Readability reads a real page', () => {
    const story = 'The council met on the river bank to weigh the new flood plan, which farmers upstream have long opposed.'
    const page = `<html><head><title>Flood plan</title></head><body><nav><a href="/">Home</a></nav><article><h1>Flood plan</h1>
      <p class="byline">By Lan Pham</p><div>${story} ${story}<br><br>${story} Second part.</div><p>${story} ${story}</p><p>${story} Third.</p></article>
      <footer>Copyright River Weekly</footer></body></html>`
    const article = extractHtmlArticle(page)
    expect(article.blocks.length).toBeGreaterThan(2)
    expect(article.removed).toEqual([
      { kind: 'outside-the-article', text: 'Home' },
      { kind: 'outside-the-article', text: 'Copyright River Weekly' }
    ])
  })
})
