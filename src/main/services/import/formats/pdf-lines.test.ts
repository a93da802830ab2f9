import { describe, expect, it } from 'vitest'
import { groupIntoLines, removeRunningHeadersAndPageNumbers, type PdfLine } from './pdf-lines'

const piece = (text: string, x: number, y: number, width = text.length * 5, fontSize = 10) => ({ text, x, y, width, fontSize })
const line = (text: string, y: number, page: number): PdfLine => ({ text, x: 72, right: 300, y, fontSize: 10, page, segment: 0 })

describe('groupIntoLines', () => {
  it('joins pieces on one baseline in x order, adding spaces only across gaps', () => {
    const lines = groupIntoLines(
      [piece('world', 130, 700), piece('Hello', 72, 700, 50), piece('!', 155, 700.5), piece('Next', 72, 686), piece('  ', 90, 686)],
      0
    )
    expect(lines.map((l) => l.text)).toEqual(['Hello world!', 'Next'])
    expect(lines[0]).toMatchObject({ x: 72, y: 700, page: 0 })
  })

  it('keeps a raised note number apart from the word before it, and sets exponents and subscripts as such', () => {
    const lines = groupIntoLines(
      [
        piece('The river rose', 72, 700, 70, 11),
        piece('1', 142, 703.8, 4, 7),
        piece(' by 40 km', 146, 700, 48, 11),
        piece('2', 194, 703.8, 4, 7),
        piece(' as H', 198, 700, 26, 11),
        piece('2', 224, 698, 4, 7),
        piece('O fell.', 228, 700, 34, 11),
        piece('Next line', 72, 686, 50, 11)
      ],
      0
    )
    expect(lines.map((l) => l.text)).toEqual(['The river rose[1] by 40 km² as H₂O fell.', 'Next line'])
    expect(lines[0]).toMatchObject({ y: 700, fontSize: 11 })
  })

  it('keeps a line of small print whole: only pieces smaller than the line and off its baseline are scripts', () => {
    const lines = groupIntoLines([piece('Note 2', 72, 100, 30, 8), piece('of 12', 105, 100, 25, 8)], 0)
    expect(lines.map((l) => l.text)).toEqual(['Note 2 of 12'])
  })
})

describe('removeRunningHeadersAndPageNumbers', () => {
  it('drops lines repeated at the same place on most pages, and page numbers at page edges', () => {
    const words = ['apples', 'pears', 'plums']
    const pages = [1, 2, 3].map((n) => [
      line(`Annual Report ${2020 + n}`, 760, n),
      line(`About ${words[n - 1]}`, 700, n),
      line(`More on ${words[n - 1]}`, 686, n),
      line(`Last of ${words[n - 1]}`, 672, n),
      line(`Page ${n} of 3`, 40, n)
    ])
    const { pages: kept, removed } = removeRunningHeadersAndPageNumbers(pages)
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual([
      ['About apples', 'More on apples', 'Last of apples'],
      ['About pears', 'More on pears', 'Last of pears'],
      ['About plums', 'More on plums', 'Last of plums']
    ])
    expect(removed).toEqual([
      { kind: 'running-header', text: 'Annual Report 2021' },
      { kind: 'page-number', text: 'Page 1 of 3' },
      { kind: 'running-header', text: 'Annual Report 2022' },
      { kind: 'page-number', text: 'Page 2 of 3' },
      { kind: 'running-header', text: 'Annual Report 2023' },
      { kind: 'page-number', text: 'Page 3 of 3' }
    ])
  })

  it('keeps a number standing alone in the middle of a page', () => {
    const pages = [[line('Intro', 760, 0), line('more', 700, 0), line('42', 686, 0), line('text', 672, 0), line('end', 658, 0), line('last', 644, 0)]]
    expect(removeRunningHeadersAndPageNumbers(pages).pages[0]?.map((l) => l.text)).toContain('42')
  })
})
