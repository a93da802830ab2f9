import { describe, expect, it } from 'vitest'
import { piecesInReadingOrder } from './pdf-columns'
import { pageLines, type PositionedText } from './pdf-lines'
import { linesToParagraphs } from './pdf-paragraphs'

const piece = (text: string, x: number, y: number, fontSize = 10): PositionedText => ({ text, x, y, width: text.length * fontSize * 0.5, fontSize })

// A page of two 220-point columns 30 points apart, under a title across both and over a footer.
function twoColumnPage(): PositionedText[] {
  const items = [piece('Rice exports climb as harvest beats forecasts', 72, 760, 18)]
  for (let row = 0; row < 12; row++) {
    const y = 720 - row * 12
    items.push(piece(`left line ${row + 1} of the first column text`, 72, y))
    items.push(piece(`right line ${row + 1} of the second column`, 322, y))
  }
  items.push(piece('Page footer that runs across the whole width of the page', 72, 60))
  return items
}

const texts = (groups: PositionedText[][]): string[][] => groups.map((group) => group.map((item) => item.text))

describe('piecesInReadingOrder', () => {
  it('reads a two-column page as title, left column, right column, footer', () => {
    const groups = texts(piecesInReadingOrder(twoColumnPage()))
    expect(groups).toHaveLength(4)
    expect(groups[0]).toEqual(['Rice exports climb as harvest beats forecasts'])
    expect(groups[1]).toEqual(Array.from({ length: 12 }, (_, row) => `left line ${row + 1} of the first column text`))
    expect(groups[2]).toEqual(Array.from({ length: 12 }, (_, row) => `right line ${row + 1} of the second column`))
    expect(groups[3]).toEqual(['Page footer that runs across the whole width of the page'])
  })

  it('keeps a one-column page whole, whether its pieces are lines or single words', () => {
    const lines = Array.from({ length: 30 }, (_, row) => piece('A full line of body text that runs across the page width.', 72, 720 - row * 12))
    expect(piecesInReadingOrder(lines)).toHaveLength(1)
    const words: PositionedText[] = []
    for (let row = 0; row < 30; row++) {
      let x = 72
      for (const word of 'A full line of body text that runs across the page and wraps.'.split(' ')) {
        words.push(piece(word, x, 720 - row * 12))
        x += (word.length + 1) * 5
      }
    }
    expect(piecesInReadingOrder(words)).toHaveLength(1)
  })
})

describe('piecesInReadingOrder on narrow gutters and column headings', () => {
  // Justified columns of width `columnWidth` from x = 72, a 16-point gutter between them.
  function justified(columnWidth: number, heading = false): PositionedText[] {
    const items: PositionedText[] = []
    for (let row = 0; row < 14; row++) {
      const y = 700 - row * 12
      const isHeading = heading && row === 6
      items.push({ text: isHeading ? 'A heading' : `left ${row}`, x: 72, y, width: isHeading ? 90 : columnWidth, fontSize: isHeading ? 18 : 10 })
      items.push({ text: `right ${row}`, x: 72 + columnWidth + 16, y, width: columnWidth, fontSize: 10 })
    }
    return items
  }

  it('finds a 16-point gutter whatever the column width', () => {
    for (let width = 220; width <= 240; width++) expect(piecesInReadingOrder(justified(width)), `width ${width}`).toHaveLength(2)
  })

  it('keeps a large title set word by word across both columns as one band', () => {
    // Its word space (12 points) falls in the 16-point gutter: wider than a body em, narrower than half the title's size.
    const title = [
      { text: 'Harvest', x: 180, y: 760, width: 123, fontSize: 36 },
      { text: 'beats', x: 315, y: 760, width: 90, fontSize: 36 },
      { text: 'forecasts', x: 417, y: 760, width: 120, fontSize: 36 }
    ]
    const groups = texts(piecesInReadingOrder([...title, ...justified(230)]))
    expect(groups[0]).toEqual(['Harvest', 'beats', 'forecasts'])
    expect(groups).toHaveLength(3)
  })

  it('keeps a large heading inside its column', () => {
    const groups = texts(piecesInReadingOrder(justified(230, true)))
    expect(groups).toHaveLength(2)
    expect(groups[0]).toContain('A heading')
  })
})

describe('piecesInReadingOrder on tables', () => {
  it('reads a two-column table of short labels and values row by row', () => {
    const rows = ['Population', 'Area', 'Capital', 'Currency', 'Language', 'Time zone'].flatMap((label, row) => [
      piece(label, 72, 700 - row * 14),
      piece(`value of ${label.toLowerCase()} in the table`, 322, 700 - row * 14)
    ])
    expect(piecesInReadingOrder(rows)).toHaveLength(1)
  })

  it('reads a table of contents with page numbers at the right margin row by row', () => {
    const rows = Array.from({ length: 10 }, (_, row) => [
      piece(`Chapter ${row + 1}: a title that runs on for a while`, 72, 700 - row * 14),
      piece(String(row * 12 + 1), 520, 700 - row * 14)
    ]).flat()
    expect(piecesInReadingOrder(rows)).toHaveLength(1)
  })
})

describe('pageLines and paragraphs on a two-column page', () => {
  it('carries a sentence from the foot of one column to the head of the next', () => {
    const items: PositionedText[] = []
    for (let row = 0; row < 10; row++) {
      const y = 700 - row * 12
      items.push(piece(row < 9 ? `Left column sentence ${row + 1} ends here.` : 'The harvest beat the', 72, y))
      items.push(piece(row === 0 ? 'forecasts made in spring.' : `Right column sentence ${row} ends here.`, 322, y))
    }
    const lines = pageLines(items, 0)
    expect(lines.map((line) => line.text).slice(8, 12)).toEqual([
      'Left column sentence 9 ends here.',
      'The harvest beat the',
      'forecasts made in spring.',
      'Right column sentence 1 ends here.'
    ])
    const { blocks } = linesToParagraphs([lines])
    expect(blocks.some((block) => block.text.includes('The harvest beat the forecasts made in spring.'))).toBe(true)
  })
})
