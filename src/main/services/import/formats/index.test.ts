import { describe, expect, it } from 'vitest'
import { formatOfPath, ImportError, readFileForImport, SUPPORTED_EXTENSIONS } from './index'
import { makeDocx } from './test-fixtures/make-docx'
import { makeEpub } from './test-fixtures/make-epub'
import { makePdf } from './test-fixtures/make-pdf'

describe('formatOfPath', () => {
  it('maps extensions case-insensitively and rejects others', () => {
    expect(formatOfPath('/a/B.MD')).toBe('md')
    expect(formatOfPath('page.htm')).toBe('html')
    expect(formatOfPath('book.epub')).toBe('epub')
    expect(formatOfPath('notes')).toBeNull()
    expect(formatOfPath('photo.png')).toBeNull()
    expect(SUPPORTED_EXTENSIONS).toEqual(expect.arrayContaining(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.epub', '.docx']))
  })
})

describe('readFileForImport', () => {
  it('returns plain text for .txt and blocks for every other format', async () => {
    expect(await readFileForImport('a.txt', Buffer.from('Hello there.'))).toEqual({ kind: 'text', text: 'Hello there.', warnings: [] })
    expect((await readFileForImport('a.md', Buffer.from('# Hi\n\nText'))).kind).toBe('blocks')
    expect((await readFileForImport('a.html', Buffer.from('<p>Text</p>'))).kind).toBe('blocks')
    expect((await readFileForImport('a.pdf', await makePdf([[{ text: 'PDF text', y: 700 }]]))).kind).toBe('blocks')
    expect((await readFileForImport('a.epub', makeEpub([{ fileName: 'c.xhtml', tocTitle: 'C', body: '<p>Epub text</p>' }]))).kind).toBe('blocks')
    expect((await readFileForImport('a.docx', makeDocx([{ text: 'Docx text' }]))).kind).toBe('blocks')
  })

  it('refuses unsupported extensions, empty files and binary files with ImportError naming the file', async () => {
    await expect(readFileForImport('/x/photo.png', Buffer.from('x'))).rejects.toThrow(
      '"photo.png" has an unsupported file type (.png); Gloss imports .txt, .text, .md, .markdown, .html, .htm, .xhtml, .pdf, .epub, .docx'
    )
    await expect(readFileForImport('/x/empty.md', new Uint8Array())).rejects.toThrow('"empty.md" is empty')
    await expect(readFileForImport('/x/song.txt', Uint8Array.from([0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0x0f, 0x76]))).rejects.toBeInstanceOf(ImportError)
  })

  it('refuses a 200 MB text file by its size without decoding it', async () => {
    const huge = new Uint8Array(200 * 1024 * 1024)
    await expect(readFileForImport('/x/huge.txt', huge)).rejects.toThrow('"huge.txt" is too large to import (200 MB; the limit for .txt files is 50 MB)')
  })
})
