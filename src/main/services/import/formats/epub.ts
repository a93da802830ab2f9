// Reads an EPUB e-book as one article: its chapters in spine order become blocks, each
// opened by its table-of-contents title when the chapter does not start with a heading.
import type { Block } from '../../../../shared/model/document'
import { posix } from 'node:path'
import { MAX_ARTICLE_IMAGE_BYTES, MAX_IMAGE_BYTES } from '../../../../shared/model/images'
import { markupToBlocks } from './html-to-blocks'
import { newPictureBudget, picturesLeftOut } from './picture-budget'
import { imageSrcOf, relativePicturePath } from './image-data'
import { pictureTypeOf } from '../../../../shared/import/pictures-with-pages'
import { ImportError } from './import-error'
import { readEpubPackage } from './epub-package'
import type { BlocksReadResult } from './read-result'
import { unzipSafely } from './safe-unzip'

// Markup is inflated; pictures only those the chapters show, within the article's budget, in a
// second pass; fonts and audio are size-checked but never unpacked.
const MARKUP_ENTRY = /\.(xml|opf|ncx|xhtml|xht|html|htm)$/i
const KIND_OF_FILE = 'an EPUB e-book'

/** Reads an .epub file's bytes into blocks, with title, author, date and language from its OPF. */
export function readEpubFile(path: string, bytes: Uint8Array): BlocksReadResult {
  const files = unzipSafely(bytes, { path, kindOfFile: KIND_OF_FILE, wanted: (name) => MARKUP_ENTRY.test(name) })
  if (hasEncryptedChapters(files)) throw new ImportError(path, 'is protected by DRM, so its text cannot be read')
  let book
  try {
    book = readEpubPackage(files, path)
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError(path, `is damaged: its package file cannot be read (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  }

  const blocks: Block[] = []
  const warnings: string[] = []
  let missingChapters = 0
  const chapters = book.chapterPaths.map((chapterPath) => ({ chapterPath, markup: files.get(chapterPath) }))
  const pictures = unzipPictures(bytes, path, chapters)
  const budget = newPictureBudget()
  for (const { chapterPath, markup } of chapters) {
    if (!markup) {
      missingChapters++
      continue
    }
    budget.resolve = (src) => pictureAt(pictures, chapterPath, src)
    const chapterBlocks = markupToBlocks(new TextDecoder('utf-8').decode(markup), { pictures: budget })
    const tocTitle = book.tocTitles.get(chapterPath)
    const opening = chapterBlocks.find((block) => block.kind !== 'image')
    if (tocTitle && opening !== undefined && opening.kind !== 'heading') blocks.push({ kind: 'heading', text: tocTitle })
    blocks.push(...chapterBlocks)
  }
  if (missingChapters > 0) warnings.push(`${missingChapters} chapter(s) listed in the book's spine are missing from the file`)
  warnings.push(...picturesLeftOut(budget.leftOut))
  if (blocks.length === 0) throw new ImportError(path, 'contains no readable chapters')
  return {
    kind: 'blocks',
    source: null,
    title: book.title,
    byline: book.byline,
    publishedAt: book.publishedAt,
    publishedPartial: book.publishedPartial,
    language: book.language,
    blocks,
    removed: [],
    originalText: blocks
      .filter((block) => block.kind !== 'image')
      .map((block) => block.text)
      .join('\n\n'),
    warnings
  }
}

// The book's file a chapter's picture names ("../Images/map.png" from "OEBPS/Text/ch1.xhtml").
function entryOf(chapterPath: string, src: string): string | null {
  const name = relativePicturePath(src)
  return name === null ? null : posix.normalize(posix.join(posix.dirname(chapterPath), name)).replace(/^\.\//, '')
}

// The pictures the chapters show, inflated (within the safe unzip's limits) only up to what one article may keep.
function unzipPictures(bytes: Uint8Array, path: string, chapters: readonly { chapterPath: string; markup: Uint8Array | undefined }[]): Map<string, Uint8Array> {
  const shown = new Set<string>()
  for (const { chapterPath, markup } of chapters) {
    if (!markup) continue
    for (const match of new TextDecoder('utf-8').decode(markup).matchAll(/<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/gi)) {
      const entry = entryOf(chapterPath, match[1]!)
      if (entry !== null && pictureTypeOf(entry) !== null) shown.add(entry)
    }
  }
  if (shown.size === 0) return new Map()
  let budget = MAX_ARTICLE_IMAGE_BYTES
  return unzipSafely(bytes, {
    path,
    kindOfFile: KIND_OF_FILE,
    wanted: (name, declared) => {
      if (!shown.has(name) || declared > MAX_IMAGE_BYTES || declared > budget) return false
      budget -= declared
      return true
    }
  })
}

function pictureAt(pictures: ReadonlyMap<string, Uint8Array>, chapterPath: string, src: string): string | null {
  const entry = entryOf(chapterPath, src)
  const bytes = entry === null ? undefined : pictures.get(entry)
  const type = entry === null ? null : pictureTypeOf(entry)
  return bytes && type ? imageSrcOf(bytes, type) : null
}

// Font obfuscation also uses encryption.xml; only encrypted chapters mean the text is locked.
function hasEncryptedChapters(files: Map<string, Uint8Array>): boolean {
  const encryption = files.get('META-INF/encryption.xml')
  if (!encryption) return false
  return /CipherReference[^>]+URI\s*=\s*["'][^"']+\.(xhtml|xht|html|htm)["']/i.test(new TextDecoder('utf-8').decode(encryption))
}
