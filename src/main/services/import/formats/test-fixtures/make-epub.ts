// Builds small EPUB files in memory for tests: a container, an OPF with metadata and spine,
// an NCX table of contents, an EPUB 3 navigation document when chapters have nav titles,
// and XHTML chapters, zipped with fflate.
import { strToU8, zipSync, type Zippable } from 'fflate'

/** One chapter of a test book. */
export interface TestChapter {
  fileName: string
  tocTitle: string
  /** The chapter's title in the EPUB 3 navigation document; the book has one only if some chapter has this. */
  navTitle?: string
  body: string
}

// Kept in a subfolder so that its links, relative to it, differ from the OPF's.
const NAV_PATH = 'nav/toc.xhtml'

/** Zips an EPUB book (EPUB 3 when some chapter has a nav title, else EPUB 2) with the given chapters (in spine order) and OPF metadata. */
export function makeEpub(
  chapters: TestChapter[],
  metadata = '<dc:title>A Test Book</dc:title><dc:creator>Ada Author</dc:creator><dc:date>2020-05-17</dc:date><dc:language>en</dc:language>',
  /** Other files of the book (pictures), by their path in the archive. */
  extraFiles: Record<string, Uint8Array> = {}
): Uint8Array {
  const hasNav = chapters.some((chapter) => chapter.navTitle !== undefined)
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'
    ),
    'OEBPS/content.opf': strToU8(`<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${hasNav ? '3.0' : '2.0'}" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">${metadata}</metadata>
  <manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>${
    hasNav ? `<item id="nav" href="${NAV_PATH}" media-type="application/xhtml+xml" properties="nav"/>` : ''
  }${chapters.map((chapter, i) => `<item id="c${i}" href="${encodeURI(chapter.fileName)}" media-type="application/xhtml+xml"/>`).join('')}</manifest>
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
  if (hasNav) files[`OEBPS/${NAV_PATH}`] = strToU8(navDocument(chapters))
  for (const chapter of chapters) {
    files[`OEBPS/${chapter.fileName}`] = strToU8(
      `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${chapter.tocTitle}</title></head><body>${chapter.body}</body></html>`
    )
  }
  return zipSync({ ...files, ...extraFiles })
}

// Besides the toc, a landmarks nav points at the same files under names that are not titles.
function navDocument(chapters: TestChapter[]): string {
  const links = chapters
    .filter((chapter) => chapter.navTitle !== undefined)
    .map((chapter) => `<li><a href="../${encodeURI(chapter.fileName)}#start"><span>${chapter.navTitle}</span></a></li>`)
    .join('')
  const first = chapters[0] ? encodeURI(chapters[0].fileName) : ''
  return `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body><nav epub:type="landmarks"><ol><li><a epub:type="bodymatter" href="../${first}">Start of content</a></li></ol></nav><nav epub:type="toc" id="toc"><h1>Contents</h1><ol>${links}</ol></nav></body></html>`
}
