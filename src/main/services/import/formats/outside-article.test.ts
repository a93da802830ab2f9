import { describe, expect, it } from 'vitest'
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

  it('counts text the article holds inside a merged block as kept', () => {
    const page = [
      { kind: 'paragraph' as const, text: 'The dam opened' },
      { kind: 'paragraph' as const, text: 'on Monday.' }
    ]
    expect(textOutsideArticle(page, [{ kind: 'paragraph', text: 'The dam opened on Monday.' }])).toEqual([])
  })
})
