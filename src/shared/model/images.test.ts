import { describe, expect, it } from 'vitest'
import { imageBytes, keepableImageSrc, MAX_IMAGE_BYTES } from './images'

describe('keepableImageSrc', () => {
  it('keeps raster data addresses, tidied', () => {
    expect(keepableImageSrc(' data:image/PNG;base64,iVBO\nRw0K ')).toBe('data:image/png;base64,iVBORw0K')
    expect(keepableImageSrc('data:image/jpg;base64,/9j/4AAQ')).toBe('data:image/jpeg;base64,/9j/4AAQ')
    for (const type of ['gif', 'webp', 'avif']) expect(keepableImageSrc(`data:image/${type};base64,AAAA`)).toBe(`data:image/${type};base64,AAAA`)
  })

  it('refuses SVG, web addresses, non-base64 data, broken base64 and oversized pictures', () => {
    for (const src of [
      'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png,rawbytes',
      'data:image/png;base64,abc',
      'data:image/png;base64,',
      'https://cdn.example/a.png',
      'javascript:alert(1)',
      `data:image/png;base64,${'A'.repeat(Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 4)}`
    ]) {
      expect(keepableImageSrc(src)).toBeNull()
    }
  })
})

describe('keepableImageSrc on hostile input', () => {
  it('refuses an address padded out to many times the largest picture', () => {
    expect(keepableImageSrc(`data:image/png;base64,${'A '.repeat(12 * 1024 * 1024)}`)).toBeNull()
  })
})

describe('imageBytes', () => {
  it("counts a picture's bytes from its base64", () => {
    expect(imageBytes('data:image/png;base64,AAAA')).toBe(3)
    expect(imageBytes('data:image/png;base64,AAA=')).toBe(2)
    expect(imageBytes('data:image/png;base64,AA==')).toBe(1)
  })
})
