// Builds small EPUB files in memory for tests: a container, an OPF with metadata and spine,
// an NCX table of contents and XHTML chapters, zipped with fflate.
import { strToU8, zipSync, type Zippable } from 'fflate'

/** One chapter of a test book. */
export interface TestChapter {
  fileName: string
  tocTitle: string
  body: string
}

/** Zips an EPUB 2 book with the given chapters (in spine order) and OPF metadata. */
export function makeEpub(
  chapters: TestChapter[],
  metadata = '<dc:title>A Test Book</dc:title><dc:creator>Ada Author</dc:creator><dc:date>2020-05-17</dc:date><dc:language>en</dc:language>'
): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'
    ),
    'OEBPS/content.opf': strToU8(`<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">${metadata}</metadata>
  <manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>${chapters
    .map((chapter, i) => `<item id="c${i}" href="${encodeURI(chapter.fileName)}" media-type="application/xhtml+xml"/>`)
    .join('')}</manifest>
  <spine toc="ncx">${chapters.map((_, i) => `<itemref idref="c${i}"/>`).join('')}</spine>
</package>`),
    'OEBPS/toc.ncx': strToU8(
      `<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>${chapters
        .map(
          (chapter, i) => `<navPoint id="n${i}"><navLabel><text>${chapter.tocTitle}</text></navLabel><content src="${encodeURI(chapter.fileName)}"/></navPoint>`
        )
        .join('')}</navMap></ncx>`
    )
  }
  for (const chapter of chapters) {
    files[`OEBPS/${chapter.fileName}`] = strToU8(
      `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${chapter.tocTitle}</title></head><body>${chapter.body}</body></html>`
    )
  }
  return zipSync(files)
}
