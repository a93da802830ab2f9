import { describe, expect, it } from 'vitest'
import { readPdfFile } from './pdf'
import { makePdf, paragraphLines, type TestPdfLine } from './test-fixtures/make-pdf'

// Each page carries a running header at the top and its page number at the bottom.
function withHeaderAndNumber(lines: TestPdfLine[], pageNumber: number): TestPdfLine[] {
  return [{ text: 'Journal of Test Studies · Vol. 3', y: 760, size: 9 }, ...lines, { text: String(pageNumber), x: 300, y: 40, size: 9 }]
}

async function threePageArticle(title?: string): Promise<Uint8Array> {
  const first = [
    { text: 'Rivers of the North', y: 720, size: 20 },
    ...paragraphLines(
      [
        ['The rivers of the north run fast in spring, when snow on the high', 'ground melts and the water rises quickly.'],
        ['Fishermen watch the levels closely. Some of them keep records that go', 'back a century and show a slow, steady change in the dates of the thaw.'],
        ['The oldest records were kept in notebooks by the ferry-', 'men who crossed the river every day, and they continue']
      ],
      690
    )
  ]
  const second = paragraphLines([['onto this page without a break in the sentence.'], ['A second paragraph on the second page ends here.']])
  const third = paragraphLines([['The final page holds the last paragraph of the article.']])
  return makePdf([withHeaderAndNumber(first, 1), withHeaderAndNumber(second, 2), withHeaderAndNumber(third, 3)], { title, author: 'Rae Rivers' })
}

describe('readPdfFile', () => {
  it('rebuilds headings and paragraphs, joins hyphenated words and drops running headers and page numbers', async () => {
    const result = await readPdfFile('rivers.pdf', await threePageArticle())
    expect(result.title).toBe('Rivers of the North')
    expect(result.byline).toBe('Rae Rivers')
    expect(result.publishedAt).toBe('2022-03-14')
    expect(result.blocks).toEqual([
      { kind: 'heading', text: 'Rivers of the North' },
      { kind: 'paragraph', text: 'The rivers of the north run fast in spring, when snow on the high ground melts and the water rises quickly.' },
      {
        kind: 'paragraph',
        text: 'Fishermen watch the levels closely. Some of them keep records that go back a century and show a slow, steady change in the dates of the thaw.'
      },
      {
        kind: 'paragraph',
        text: 'The oldest records were kept in notebooks by the ferrymen who crossed the river every day, and they continue onto this page without a break in the sentence.'
      },
      { kind: 'paragraph', text: 'A second paragraph on the second page ends here.' },
      { kind: 'paragraph', text: 'The final page holds the last paragraph of the article.' }
    ])
    expect(result.originalText).toContain('Journal of Test Studies')
    // What was dropped is on record: the header once, each page number.
    expect(result.removed).toEqual([
      { kind: 'running-header', text: 'Journal of Test Studies · Vol. 3' },
      { kind: 'page-number', text: '1' },
      { kind: 'page-number', text: '2' },
      { kind: 'page-number', text: '3' }
    ])
    expect(result.warnings).toEqual([])
  })

  it('keeps a raised note number apart from its word, and sets exponents as such', async () => {
    const line = (y: number, runs: TestPdfLine['runs']): TestPdfLine => ({ text: '', y, runs })
    const pdf = await makePdf([
      [
        line(700, [
          { text: 'The river rose' },
          { text: '1', size: 7, rise: 3.8 },
          { text: ' by two metres and flooded 40 km' },
          { text: '2', size: 7, rise: 3.8 }
        ]),
        line(686, [{ text: 'of rice fields, where H' }, { text: '2', size: 7, rise: -2 }, { text: 'O salinity doubled.' }]),
        line(100, [
          { text: '1', size: 6, rise: 3 },
          { text: ' Measured at Can Tho.', size: 8 }
        ])
      ]
    ])
    const result = await readPdfFile('/docs/river.pdf', pdf)
    expect(result.blocks.map((block) => block.text)).toEqual([
      'The river rose[1] by two metres and flooded 40 km² of rice fields, where H₂O salinity doubled.',
      '¹ Measured at Can Tho.'
    ])
  })

  it('prefers the title in the PDF metadata', async () => {
    expect((await readPdfFile('rivers.pdf', await threePageArticle('Northern Rivers: A Study'))).title).toBe('Northern Rivers: A Study')
  })

  it('reads a web page a browser printed: no print date or address from its margins, its own heading for a title, and no print date for a publication date', async () => {
    const pdf = await makePdf(
      [
        [
          { text: '11/23/26, 8:15 AM', y: 770, size: 8 },
          { text: 'Monetary policy in emerging markets', y: 720, size: 18 },
          ...paragraphLines(
            [['Central banks in emerging markets raised rates faster than their', 'peers did, the study finds, and inflation fell sooner.']],
            680
          ),
          { text: 'https://news.example.com/monetary-policy 1/1', y: 20, size: 8 }
        ]
      ],
      { title: 'monetary-policy.html' }
    )
    const result = await readPdfFile('print.pdf', pdf)
    expect(result.title).toBe('Monetary policy in emerging markets')
    expect(result.publishedAt).toBeNull()
    const text = result.blocks.map((block) => block.text).join('\n')
    expect(text).not.toContain('8:15 AM')
    expect(text).not.toContain('news.example.com')
    expect(result.removed).toEqual(
      expect.arrayContaining([
        { kind: 'print-margin', text: '11/23/26, 8:15 AM' },
        { kind: 'print-margin', text: 'https://news.example.com/monetary-policy 1/1' }
      ])
    )
  })

  it('refuses truncated, corrupt and text-less PDFs with a clear message', async () => {
    const good = await threePageArticle()
    await expect(readPdfFile('/docs/cut.pdf', good.subarray(0, Math.floor(good.length / 3)))).rejects.toThrow(/^"cut.pdf" is damaged/)
    await expect(readPdfFile('/docs/junk.pdf', Buffer.from('%PDF-1.7\n garbage garbage garbage'))).rejects.toThrow(/^"junk.pdf" is damaged/)
    await expect(readPdfFile('/docs/text.pdf', Buffer.from('hello, I am not a PDF'))).rejects.toThrow('"text.pdf" is not a PDF file (it has no PDF header)')
    await expect(readPdfFile('/docs/blank.pdf', await makePdf([[]]))).rejects.toThrow(/"blank.pdf" has no text layer/)
  })

  it('reads a page set in two columns column by column, under a title across both', async () => {
    const column = (paragraphs: string[][], x: number): TestPdfLine[] => paragraphLines(paragraphs, 680).map((line) => ({ ...line, x }))
    const left = column(
      [
        ['Harvests across the delta came in', 'early this year after a dry spring.'],
        ['Farmers said the crop was larger', 'than any in a decade, and prices held', 'steady through the first weeks of the']
      ],
      72
    )
    const right = column(
      [
        ['season, before exporters began to', 'buy in volume for markets abroad.'],
        ['The ministry expects the rise to slow', 'once other exporters return in autumn.']
      ],
      320
    )
    const pdf = await makePdf([[{ text: 'Delta harvest beats forecasts', y: 730, size: 20 }, ...left, ...right]])
    const result = await readPdfFile('delta.pdf', pdf)
    expect(result.blocks).toEqual([
      { kind: 'heading', text: 'Delta harvest beats forecasts' },
      { kind: 'paragraph', text: 'Harvests across the delta came in early this year after a dry spring.' },
      {
        kind: 'paragraph',
        text: 'Farmers said the crop was larger than any in a decade, and prices held steady through the first weeks of the season, before exporters began to buy in volume for markets abroad.'
      },
      { kind: 'paragraph', text: 'The ministry expects the rise to slow once other exporters return in autumn.' }
    ])
  })

  it('drops a running header split across the gutter of two-column pages', async () => {
    const column = (side: string, number: number, x: number): TestPdfLine[] =>
      paragraphLines(
        [1, 2, 3].map((paragraph) => [`The ${side} column of page ${number} holds paragraph`, `number ${paragraph}, which ends right here.`]),
        700
      ).map((line) => ({ ...line, x }))
    const page = (number: number): TestPdfLine[] => [
      { text: 'Smith and Jones', y: 760, size: 9 },
      { text: `Journal of Delta Studies ${number}`, x: 320, y: 760, size: 9 },
      ...column('left', number, 72),
      ...column('right', number, 320)
    ]
    const result = await readPdfFile('journal.pdf', await makePdf([page(1), page(2), page(3)]))
    const texts = result.blocks.map((block) => block.text).join('\n')
    expect(texts).not.toMatch(/Smith and Jones|Journal of Delta Studies/)
    expect(texts).toContain('The right column of page 2 holds paragraph number 2, which ends right here.')
  })
})
