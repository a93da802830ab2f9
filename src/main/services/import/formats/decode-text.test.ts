import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text'
import { ImportError } from './import-error'

const SAMPLE = 'Café – naïve ‘quote’'
const bytesOf = (...parts: (number[] | Buffer)[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]))

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(SAMPLE, 'utf8'), 'a.txt')).toEqual({ text: SAMPLE, encoding: 'utf-8', warnings: [] })
    expect(decodeText(bytesOf([0xef, 0xbb, 0xbf], Buffer.from(SAMPLE, 'utf8')), 'a.txt').text).toBe(SAMPLE)
  })

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(bytesOf([0xff, 0xfe], iconv.encode(SAMPLE, 'utf-16le')), 'a.txt').text).toBe(SAMPLE)
    expect(decodeText(bytesOf([0xfe, 0xff], iconv.encode(SAMPLE, 'utf-16be')), 'a.txt').text).toBe(SAMPLE)
  })

  it('reads UTF-16 LE without a BOM instead of calling it binary', () => {
    expect(decodeText(iconv.encode('Plain ASCII text in UTF-16.', 'utf-16le'), 'a.txt').text).toBe('Plain ASCII text in UTF-16.')
  })

  it('detects Windows-1252, including its curly quotes and dashes', () => {
    const decoded = decodeText(iconv.encode(SAMPLE, 'windows-1252'), 'a.txt')
    expect(decoded.text).toBe(SAMPLE)
    expect(decoded.warnings).toEqual([])
  })

  it('detects ISO-8859-1', () => {
    const text = 'Déjà vu: the garçon served crème brûlée to a naïve señor.'
    expect(decodeText(iconv.encode(text, 'iso-8859-1'), 'a.txt').text).toBe(text)
  })

  it('uses an encoding the file declares when it is not valid UTF-8', () => {
    const text = 'Ελληνικά κείμενα'
    expect(decodeText(iconv.encode(text, 'iso-8859-7'), 'a.html', { declaredEncoding: 'iso-8859-7' }).text).toBe(text)
  })

  it('keeps a mostly-UTF-8 file as UTF-8 and counts the bytes it could not decode', () => {
    const decoded = decodeText(bytesOf(Buffer.from('naïve café '), [0xff, 0xfe, 0x41]), 'a.txt')
    expect(decoded.text).toContain('naïve café')
    expect(decoded.warnings).toEqual(['2 characters could not be decoded as utf-8 and were replaced with \uFFFD'])
  })

  it('refuses an empty or blank file', () => {
    expect(() => decodeText(new Uint8Array(), 'notes.txt')).toThrow(new ImportError('notes.txt', 'is empty'))
    expect(() => decodeText(Buffer.from(' \n\t '), 'notes.txt')).toThrow(/"notes.txt" is empty/)
  })

  it('says what a renamed file is, and how to import it where Gloss reads that kind', () => {
    const withText = (head: number[]): Uint8Array => Uint8Array.from([...head, 0, 0, 1, 2, 3, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0])
    expect(() => decodeText(withText([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), 'paper.txt')).toThrow(
      '"paper.txt" is a PDF, not text: rename it to .pdf to import it'
    )
    expect(() => decodeText(withText([0x50, 0x4b, 0x03, 0x04]), 'book.txt')).toThrow(/is a ZIP archive \(perhaps a Word file or an e-book\)/)
    expect(() => decodeText(withText([0xff, 0xd8, 0xff, 0xe0]), 'scan.txt')).toThrow('"scan.txt" is a JPEG image, not text')
    expect(() => decodeText(withText([0x00, 0x01, 0x02, 0x03]), 'data.txt')).toThrow('"data.txt" looks like a binary file, not text')
    const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)
    expect(() => decodeText(ascii('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'), 'plain.txt')).toThrow('"plain.txt" is a PDF, not text')
    expect(() => decodeText(withText([0, 0, 0, 0x18, ...[...'ftypheic'].map((c) => c.charCodeAt(0))]), 'IMG_0001.txt')).toThrow(
      '"IMG_0001.txt" is a HEIC photo, not text'
    )
  })

  it('refuses a binary file renamed .txt', () => {
    const png = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(() => decodeText(png, '/home/me/photo.txt')).toThrow('"photo.txt" is a PNG image, not text')
    const controlNoise = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expect(() => decodeText(controlNoise, 'noise.txt')).toThrow(/looks like a binary file/)
  })

  it('reads a text with a stray zero byte as text', () => {
    const text = Buffer.from('Hello world, this is a scraped article.\u0000 It goes on for a while.')
    expect(decodeText(text, 'scrape.txt').text).toContain('It goes on for a while.')
  })
})
