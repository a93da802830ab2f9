// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { offsetOfPoint } from './selection-offsets'

describe('offsetOfPoint', () => {
  it('places a point on a picture at its block, between the text around it', () => {
    document.body.innerHTML =
      '<div class="article-text"><p class="block"><span data-start="0">Before it.</span></p><figure class="block block-image" data-offset="12"><img alt="x"></figure><p class="block"><span data-start="14">After it.</span></p></div>'
    const root = document.querySelector('.article-text')!
    const figure = root.querySelector('figure')!
    expect(offsetOfPoint(root, figure, 0)).toBe(12)
    expect(offsetOfPoint(root, figure, 1)).toBe(12)
    expect(offsetOfPoint(root, figure.querySelector('img')!, 0)).toBe(12)
    expect(offsetOfPoint(root, root.querySelector('[data-start="14"]')!.firstChild!, 3)).toBe(17)
  })
})
