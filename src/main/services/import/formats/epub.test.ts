import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readEpubFile } from './epub'
import { makeEpub } from './test-fixtures/make-epub'

const CHAPTERS = [
  { fileName: 'chapter 1.xhtml', tocTitle: 'The Start', body: '<p>It began on a <em>cold</em> morning.</p><p>Nobody noticed.</p>' },
  {
    fileName: 'ch2.xhtml',
    tocTitle: 'Table of Contents Name',
    body: '<h1>The Middle</h1><blockquote><p>A quoted line.</p></blockquote><ul><li>One thing</li></ul>'
  }
]

describe('readEpubFile', () => {
  it('reads chapters in spine order with their titles, and the OPF metadata', () => {
    const result = readEpubFile('book.epub', makeEpub(CHAPTERS))
    expect(result).toMatchObject({ title: 'A Test Book', byline: 'Ada Author', publishedAt: '2020-05-17', language: 'en', warnings: [] })
    expect(result.blocks).toEqual([
      { kind: 'heading', text: 'The Start' },
      { kind: 'paragraph', text: 'It began on a cold morning.' },
      { kind: 'paragraph', text: 'Nobody noticed.' },
      { kind: 'heading', text: 'The Middle' },
      { kind: 'quote', text: 'A quoted line.' },
      { kind: 'list-item', text: 'One thing' }
    ])
    expect(result.originalText).toContain('It began on a cold morning.\n\nNobody noticed.')
  })

  it("shows the pictures its chapters show, read from the book's own files", () => {
    const png = new Uint8Array(Buffer.from(`iVBORw0KGgo${'A'.repeat(400)}`, 'base64'))
    const book = makeEpub(
      [
        {
          fileName: 'Text/ch1.xhtml',
          tocTitle: 'Maps',
          body: '<p>The coast.</p><img src="../Images/coast%20map.png" alt="Coast map"/><img src="../Images/missing.png"/><img src="https://cdn.example/x.png"/><img src="../Images/plan.svg"/><p>End.</p>'
        }
      ],
      undefined,
      { 'OEBPS/Images/coast map.png': png, 'OEBPS/Images/plan.svg': strToU8(`<svg onload="alert(1)">${'x'.repeat(400)}</svg>`) }
    )
    const result = readEpubFile('maps.epub', book)
    expect(result.blocks).toEqual([
      { kind: 'heading', text: 'Maps' },
      { kind: 'paragraph', text: 'The coast.' },
      { kind: 'image', text: '', image: { src: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, alt: 'Coast map' } },
      { kind: 'paragraph', text: 'End.' }
    ])
    expect(result.originalText).toBe('Maps\n\nThe coast.\n\nEnd.')
  })

  it('takes chapter titles from the EPUB 3 navigation document, and from the NCX for chapters it leaves out', () => {
    const book = makeEpub([
      { fileName: 'chapter 1.xhtml', tocTitle: 'Old NCX Title', navTitle: 'Arrival', body: '<p>The boat came in.</p>' },
      { fileName: 'ch2.xhtml', tocTitle: 'Departure', body: '<p>The boat left.</p>' }
    ])
    expect(readEpubFile('book3.epub', book).blocks).toEqual([
      { kind: 'heading', text: 'Arrival' },
      { kind: 'paragraph', text: 'The boat came in.' },
      { kind: 'heading', text: 'Departure' },
      { kind: 'paragraph', text: 'The boat left.' }
    ])
  })

  it('refuses a truncated or corrupt EPUB, naming the file', () => {
    const book = makeEpub(CHAPTERS)
    expect(() => readEpubFile('/b/cut.epub', book.subarray(0, Math.floor(book.length / 2)))).toThrow(/^"cut.epub" is damaged: its zip archive cannot be read/)
    expect(() => readEpubFile('/b/fake.epub', strToU8('<html>not a zip</html>'))).toThrow('"fake.epub" is not an EPUB e-book (it is not a zip archive)')
    expect(() => readEpubFile('/b/empty.epub', zipSync({ 'readme.txt': strToU8('hi') }))).toThrow(
      '"empty.epub" is not a valid EPUB e-book (META-INF/container.xml is missing)'
    )
  })

  it('refuses a zip bomb before inflating it', () => {
    const bomb = zipSync({ ...Object.fromEntries([['META-INF/container.xml', strToU8('<container/>')]]), 'OEBPS/huge.xhtml': new Uint8Array(8 * 1024 * 1024) })
    expect(() => readEpubFile('bomb.epub', bomb)).toThrow(/^"bomb.epub" contains an entry compressed more than 200:1/)
  })

  it('refuses a book whose chapters are encrypted', () => {
    const files = {
      'META-INF/container.xml': strToU8('<container/>'),
      'META-INF/encryption.xml': strToU8(
        '<encryption><EncryptedData><CipherData><CipherReference URI="OEBPS/ch1.xhtml"/></CipherData></EncryptedData></encryption>'
      )
    }
    expect(() => readEpubFile('drm.epub', zipSync(files))).toThrow('"drm.epub" is protected by DRM, so its text cannot be read')
  })
})
