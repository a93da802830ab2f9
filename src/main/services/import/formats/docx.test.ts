import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDocxFile } from './docx'
import { makeDocx } from './test-fixtures/make-docx'

describe('readDocxFile', () => {
  it('reads headings, paragraphs and list items, with core properties as metadata', async () => {
    const docx = makeDocx([
      { text: 'Quarterly Notes', style: 'Heading1' },
      { text: 'Sales rose in the third quarter.' },
      { text: 'New shop opened', bullet: true },
      { text: 'Staff hired', bullet: true },
      { text: 'Outlook', style: 'Heading2' },
      { text: 'We expect a steady winter.' }
    ])
    const result = await readDocxFile('notes.docx', docx)
    // The file's creation date is not the article's publication date.
    expect(result).toMatchObject({ title: 'Quarterly Notes', byline: 'Bo Writer', publishedAt: null })
    expect(result.blocks).toEqual([
      { kind: 'heading', text: 'Quarterly Notes' },
      { kind: 'paragraph', text: 'Sales rose in the third quarter.' },
      { kind: 'list-item', text: 'New shop opened' },
      { kind: 'list-item', text: 'Staff hired' },
      { kind: 'heading', text: 'Outlook' },
      { kind: 'paragraph', text: 'We expect a steady winter.' }
    ])
  })

  it('reads inline code in a code character style as code spans', async () => {
    const docx = makeDocx([{ text: 'Run ', code: { code: 'npm run releasenotes', after: ' before tagging.' } }])
    const result = await readDocxFile('notes.docx', docx)
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: 'Run npm run releasenotes before tagging.', codeSpans: [{ start: 4, end: 24 }] }])
  })

  it("keeps the document's pictures in place, and reports those no browser can show", async () => {
    const png = new Uint8Array(Buffer.from(`iVBORw0KGgo${'A'.repeat(400)}`, 'base64'))
    const docx = makeDocx([
      { text: 'The new shop front:', image: { data: png, extension: 'png', alt: 'Shop front at dusk' } },
      { text: 'A drawing from the plans:', image: { data: new Uint8Array(300).fill(1), extension: 'emf', alt: 'Plan' } },
      { text: 'Opening hours follow.' }
    ])
    const result = await readDocxFile('shop.docx', docx)
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: 'The new shop front:' },
      { kind: 'image', text: '', image: { src: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, alt: 'Shop front at dusk' } },
      { kind: 'paragraph', text: 'A drawing from the plans:' },
      { kind: 'paragraph', text: 'Opening hours follow.' }
    ])
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/^1 picture\(s\) left out: /)
    expect(result.originalText).toBe('The new shop front:\n\nA drawing from the plans:\n\nOpening hours follow.')
  })

  it('takes the title from a heading under a logo', async () => {
    const png = new Uint8Array(Buffer.from(`iVBORw0KGgo${'A'.repeat(400)}`, 'base64'))
    const docx = makeDocx(
      [{ text: '', image: { data: png, extension: 'png', alt: 'Logo' } }, { text: 'Harbour report', style: 'Title' }, { text: 'The harbour reopened.' }],
      { title: '', creator: 'Bo Writer', created: '2021-09-30T12:00:00Z' }
    )
    const result = await readDocxFile('report.docx', docx)
    expect(result.title).toBe('Harbour report')
  })

  it('makes paragraphs in Word quotation styles quotes, by style name as well as id', async () => {
    const docx = makeDocx([
      { text: 'She said:' },
      { text: 'Plain quote.', style: 'Quote' },
      { text: 'Intense quote.', style: 'IntenseQuote' },
      { text: 'German Word calls its quote style Zitat.', style: 'Zitat' },
      { text: 'Back to the text.' }
    ])
    expect((await readDocxFile('quotes.docx', docx)).blocks).toEqual([
      { kind: 'paragraph', text: 'She said:' },
      { kind: 'quote', text: 'Plain quote.' },
      { kind: 'quote', text: 'Intense quote.' },
      { kind: 'quote', text: 'German Word calls its quote style Zitat.' },
      { kind: 'paragraph', text: 'Back to the text.' }
    ])
  })

  it('refuses truncated, non-Word and zip-bomb files with a clear message', async () => {
    const docx = makeDocx([{ text: 'Hello' }])
    await expect(readDocxFile('/d/cut.docx', docx.subarray(0, docx.length - 40))).rejects.toThrow(/^"cut.docx" is damaged/)
    await expect(readDocxFile('/d/other.docx', zipSync({ 'a.txt': strToU8('x') }))).rejects.toThrow(
      '"other.docx" is not a valid Word document (word/document.xml is missing)'
    )
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) })
    await expect(readDocxFile('/d/bomb.docx', bomb)).rejects.toThrow(/^"bomb.docx" contains an entry compressed more than 200:1/)
  })

  it('takes the Title style for the title, not a later heading, and no tool for the author', async () => {
    const docx = makeDocx(
      [{ text: 'Annual Report on River Health', style: 'Title' }, { text: 'Photos', style: 'Heading1' }, { text: 'The river is cleaner this year.' }],
      { title: '', creator: 'python-docx', created: '2013-12-23T23:15:00Z' }
    )
    const result = await readDocxFile('report.docx', docx)
    expect(result).toMatchObject({ title: 'Annual Report on River Health', byline: null, publishedAt: null })
    expect(result.blocks[0]).toEqual({ kind: 'heading', text: 'Annual Report on River Health' })
  })

  it('names no section heading as the title', async () => {
    const docx = makeDocx([{ text: 'The river is cleaner this year.' }, { text: 'Background', style: 'Heading1' }, { text: 'It was not always so.' }], {
      title: '',
      creator: 'Microsoft Office User',
      created: '2020-01-01T00:00:00Z'
    })
    expect(await readDocxFile('river.docx', docx)).toMatchObject({ title: null, byline: null })
  })
})
