import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ZIP_LIMITS, unzipSafely } from './safe-unzip'

const request = { path: '/books/b.epub', kindOfFile: 'an EPUB e-book', wanted: () => true }

describe('unzipSafely', () => {
  it('inflates only the wanted entries', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'b.png': new Uint8Array(10) })
    const files = unzipSafely(zip, { ...request, wanted: (name) => name.endsWith('.xml') })
    expect([...files.keys()]).toEqual(['a.xml'])
  })

  it('refuses an archive that declares more than the total limit, before inflating it', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(3 * 1024 * 1024), 'b.txt': new Uint8Array(3 * 1024 * 1024) })
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 5 * 1024 * 1024, maxCompressionRatio: 1e9 }
    expect(() => unzipSafely(zip, { ...request, limits })).toThrow(
      '"b.epub" would expand to more than 5 MB when unzipped, so it was not opened (possible zip bomb)'
    )
  })

  it('refuses an entry with a bomb-like compression ratio', () => {
    const zip = zipSync({ 'zeros.xhtml': new Uint8Array(8 * 1024 * 1024) })
    expect(() => unzipSafely(zip, request)).toThrow(/compressed more than 200:1.*possible zip bomb/)
  })

  it('cuts short an entry that inflates to more than its declared size instead of growing it', () => {
    const zip = zipSync({ 'liar.xml': new Uint8Array(2 * 1024 * 1024).fill(0x41) })
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    // Rewrite the declared uncompressed size in the local header and the central directory.
    for (let offset = 0; offset + 4 <= zip.length; offset++) {
      const signature = view.getUint32(offset, true)
      if (signature === 0x04034b50) view.setUint32(offset + 22, 100, true)
      if (signature === 0x02014b50) view.setUint32(offset + 24, 100, true)
    }
    let inflated: Uint8Array | undefined
    try {
      inflated = unzipSafely(zip, request).get('liar.xml')
    } catch (error) {
      expect(String(error)).toMatch(/"b.epub" is damaged/)
    }
    expect(inflated?.length ?? 0).toBeLessThanOrEqual(100)
  })

  it('refuses non-zip and truncated input with a clear message', () => {
    expect(() => unzipSafely(strToU8('just text'), request)).toThrow('"b.epub" is not an EPUB e-book (it is not a zip archive)')
    const zip = zipSync({ 'a.xml': strToU8('<a>'.repeat(100)) })
    expect(() => unzipSafely(zip.subarray(0, zip.length - 30), request)).toThrow(/"b.epub" is damaged: its zip archive cannot be read/)
  })
})
