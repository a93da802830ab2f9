import { describe, expect, it } from 'vitest'
import { MAX_PICTURES_WITH_PAGES_BYTES } from '../../../../shared/import/pictures-with-pages'
import { picturesForPages } from './pictures-for-pages'

type Chosen = { name: string; size: number }
const file = (name: string, size = 1000): Chosen => ({ name, size })
const nameOf = (chosen: Chosen): string => chosen.name

describe('picturesForPages', () => {
  it('sends the pictures inside the chosen folder when a web page or note is among the files', () => {
    const chosen = [
      file('Saved/Harbour.html'),
      file('Saved/Harbour_files/quay.png'),
      file('Saved/.thumbs/quay.png'),
      file('Saved/drawing.svg'),
      file('Saved/notes.txt')
    ]
    const pages = chosen.filter((chosenFile) => /\.(html|txt)$/.test(chosenFile.name))
    expect(picturesForPages(chosen, pages, nameOf).map(nameOf)).toEqual(['Saved/Harbour_files/quay.png'])
  })

  it('sends none with plain text alone, nor pictures chosen by themselves', () => {
    expect(picturesForPages([file('Saved/a.txt'), file('Saved/a.png')], [file('Saved/a.txt')], nameOf)).toEqual([])
    expect(picturesForPages([file('a.html'), file('a.png')], [file('a.html')], nameOf)).toEqual([])
  })

  it('leaves out empty and oversized pictures, and stops at the bounds', () => {
    const page = file('Photos/index.md')
    const chosen = [
      page,
      file('Photos/empty.png', 0),
      file('Photos/huge.jpg', 5 * 1024 * 1024),
      ...Array.from({ length: 40 }, (_, index) => file(`Photos/${index}.jpg`, 4 * 1024 * 1024))
    ]
    const sent = picturesForPages(chosen, [page], nameOf)
    expect(sent.map(nameOf)).not.toContain('Photos/empty.png')
    expect(sent.map(nameOf)).not.toContain('Photos/huge.jpg')
    expect(sent.reduce((total, picture) => total + picture.size, 0)).toBeLessThanOrEqual(MAX_PICTURES_WITH_PAGES_BYTES)
    expect(sent).toHaveLength(MAX_PICTURES_WITH_PAGES_BYTES / (4 * 1024 * 1024))
  })
})
