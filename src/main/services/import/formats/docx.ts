// Reads a Word document as an article: mammoth turns its structure into HTML, which then
// becomes blocks the same way web pages do.
import { zipSync, type Zippable } from 'fflate'
import mammoth from 'mammoth'
import type { Block } from '../../../../shared/model/document'
import { parseXml } from './parse-xml'
import { markupToBlocks } from './html-to-blocks'
import { newPictureBudget, picturesLeftOut } from './picture-budget'
import { MAX_ARTICLE_IMAGE_BYTES } from '../../../../shared/model/images'
import { ImportError } from './import-error'
import type { BlocksReadResult } from './read-result'
import { unzipSafely } from './safe-unzip'
import { imageSrcOf } from './image-data'

// The document's pictures come back as data addresses the image blocks keep; a picture of a
// kind no browser shows (Word's EMF and WMF drawings) or too large is counted, to be reported.
// Pictures past the article's budget are not even encoded.
function keepImages(): { convertImage: ReturnType<typeof mammoth.images.imgElement>; leftOut: () => number } {
  let leftOut = 0
  let bytesLeft = MAX_ARTICLE_IMAGE_BYTES
  const convertImage = mammoth.images.imgElement(async (image) => {
    const bytes = await image.readAsBuffer()
    const src = bytes.byteLength <= bytesLeft ? imageSrcOf(bytes, image.contentType) : null
    if (src === null) leftOut++
    else bytesLeft -= bytes.byteLength
    return { src: src ?? '' }
  })
  return { convertImage, leftOut: () => leftOut }
}
// Word's quotation styles, which mammoth leaves as plain paragraphs. Matched by name as well
// as by id, because localised Word writes translated ids ("Zitat") under the English names.
// Word's Title style, likewise, is the document's title, set as its first heading.
const STYLE_MAP = [
  'p.Quote => blockquote > p:fresh',
  'p.IntenseQuote => blockquote > p:fresh',
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  'p.Title => h1:fresh',
  "p[style-name='Title'] => h1:fresh",
  // Inline code as Word, pandoc and LibreOffice style it.
  "r[style-name='HTML Code'] => code",
  "r[style-name='HTML Keyboard'] => kbd",
  "r[style-name='Verbatim Char'] => code",
  "r[style-name='Source Text'] => code",
  "r[style-name='Code'] => code",
  "r[style-name='Code Char'] => code"
]
// What Word and document generators write as the creator when no person is named.
const PLACEHOLDER_CREATORS =
  /^(?:python-docx|microsoft office user|microsoft office-benutzer|windows user|user|admin|administrator|author|unknown|owner|apache poi|docx4j|pandoc|libreoffice|openpyxl)$/i

/** Reads a .docx file's bytes into blocks, with title, author, date and language from its core properties. */
export async function readDocxFile(path: string, bytes: Uint8Array): Promise<BlocksReadResult> {
  const files = unzipSafely(bytes, { path, kindOfFile: 'a Word document', wanted: () => true })
  if (!files.has('word/document.xml')) throw new ImportError(path, 'is not a valid Word document (word/document.xml is missing)')

  let html: string
  const images = keepImages()
  try {
    // mammoth unzips with JSZip, which has no size limits, so it only ever sees an archive
    // rebuilt from the entries we already inflated within ours (stored, not recompressed).
    const checkedArchive = zipSync(Object.fromEntries(files) as Zippable, { level: 0 })
    html = (
      await mammoth.convertToHtml(
        { buffer: Buffer.from(checkedArchive.buffer, checkedArchive.byteOffset, checkedArchive.byteLength) },
        { convertImage: images.convertImage, styleMap: STYLE_MAP }
      )
    ).value
  } catch (error) {
    throw new ImportError(path, `is damaged: its content cannot be read (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  }
  // mammoth writes Word's numbered lists as <ol> without their start or continuation (a list
  // resumed after a paragraph would restart at 1, "a)" would read "1."), so they stay bullets.
  const pictures = newPictureBudget()
  const blocks = markupToBlocks(html, { numberLists: false, pictures })
  if (blocks.length === 0) throw new ImportError(path, 'contains no text')
  const properties = readCoreProperties(files.get('docProps/core.xml'))
  return {
    kind: 'blocks',
    source: null,
    title: properties.title ?? firstHeading(blocks),
    byline: properties.byline,
    publishedAt: properties.publishedAt,
    publishedPartial: null,
    language: properties.language,
    blocks,
    removed: [],
    originalText: blocks
      .filter((block) => block.kind !== 'image')
      .map((block) => block.text)
      .join('\n\n'),
    warnings: picturesLeftOut(images.leftOut() + pictures.leftOut)
  }
}

// Only an opening heading (after any pictures) names the document; a later one names a section.
function firstHeading(blocks: readonly Block[]): string | null {
  const first = blocks.find((block) => block.kind !== 'image')
  return first?.kind === 'heading' ? first.text : null
}

interface CoreProperties {
  title: string | null
  byline: string | null
  publishedAt: string | null
  language: string | null
}

// docProps/core.xml holds Dublin Core fields that Word fills from File > Properties.
function readCoreProperties(bytes: Uint8Array | undefined): CoreProperties {
  const none = { title: null, byline: null, publishedAt: null, language: null }
  if (!bytes) return none
  try {
    const core = parseXml(bytes).coreProperties as Record<string, unknown> | undefined
    if (!core) return none
    return {
      title: text(core.title),
      byline: personName(text(core.creator)),
      // dcterms:created is when the file (or the template it came from) was made, not when the
      // article was published; only an explicit publication date would do, and Word has none.
      publishedAt: null,
      language: text(core.language)
    }
  } catch {
    return none
  }
}

// A creator that names a person: not a tool or an account's placeholder.
function personName(creator: string | null): string | null {
  return creator === null || PLACEHOLDER_CREATORS.test(creator) || !/\p{Lu}|\p{Lo}/u.test(creator) ? null : creator
}

function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value
  const raw = typeof first === 'string' ? first : first && typeof first === 'object' ? (first as Record<string, unknown>)['#text'] : null
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null
}
