import { describe, expect, it } from 'vitest'
import { isPictureInFolder, mayNamePictures, pictureBesidePage, pictureTypeOf } from './pictures-with-pages'

describe('pictures chosen with pages', () => {
  it('finds a named picture beside its page or below, never above the page’s folder', () => {
    expect(pictureBesidePage('Saved/Harbour.html', 'Harbour_files/quay.png')).toBe('Saved/Harbour_files/quay.png')
    expect(pictureBesidePage('Saved/Harbour.html', './Harbour_files/./quay.png')).toBe('Saved/Harbour_files/quay.png')
    expect(pictureBesidePage('Saved/notes/a.md', 'img/../b.png')).toBe('Saved/notes/b.png')
    expect(pictureBesidePage('Saved/notes/a.md', 'img\\c.png')).toBe('Saved/notes/img/c.png')
    expect(pictureBesidePage('Saved/notes/a.md', '../b.png')).toBeNull()
    expect(pictureBesidePage('Saved/notes/a.md', 'img/../../b.png')).toBeNull()
    expect(pictureBesidePage('Saved/a.md', '.')).toBeNull()
  })

  it('takes pictures of kept kinds from inside a chosen folder only, hidden ones left out', () => {
    expect(isPictureInFolder('Saved/Harbour_files/quay.png')).toBe(true)
    expect(isPictureInFolder('Saved/photo.JPG')).toBe(true)
    expect(isPictureInFolder('quay.png')).toBe(false)
    expect(isPictureInFolder('Saved/.thumbnails/quay.png')).toBe(false)
    expect(isPictureInFolder('Saved/drawing.svg')).toBe(false)
    expect(pictureTypeOf('a.webp')).toBe('image/webp')
  })

  it('sends pictures only with pages that may name them', () => {
    expect(mayNamePictures('Saved/Harbour.html')).toBe(true)
    expect(mayNamePictures('Notes/day.md')).toBe(true)
    expect(mayNamePictures('Notes/day.txt')).toBe(false)
    expect(mayNamePictures('Books/a.epub')).toBe(false)
  })
})
