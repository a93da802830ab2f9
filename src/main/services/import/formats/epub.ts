// Reads an EPUB e-book as one article: its chapters in spine order become blocks, each
// opened by its table-of-contents title when the chapter does not start with a heading.
import type { Block } from '../../../../shared/model/document'
import { markupToBlocks } from './html-to-blocks'
import { ImportError } from './import-error'
import { readEpubPackage } from './epub-package'
import type { BlocksReadResult } from './read-result'
import { unzipSafely } from './safe-unzip'

// Only markup is inflated; images, fonts and audio are size-checked but never unpacked.
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
  for (const chapterPath of book.chapterPaths) {
    const chapter = files.get(chapterPath)
    if (!chapter) {
      missingChapters++
      continue
    }
    const chapterBlocks = markupToBlocks(new TextDecoder('utf-8').decode(chapter))
    const tocTitle = book.tocTitles.get(chapterPath)
    if (tocTitle && chapterBlocks.length > 0 && chapterBlocks[0]?.kind !== 'heading') blocks.push({ kind: 'heading', text: tocTitle })
    blocks.push(...chapterBlocks)
  }
  if (missingChapters > 0) warnings.push(`${missingChapters} chapter(s) listed in the book's spine are missing from the file`)
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
    originalText: blocks.map((block) => block.text).join('\n\n'),
    warnings
  }
}

// Font obfuscation also uses encryption.xml; only encrypted chapters mean the text is locked.
function hasEncryptedChapters(files: Map<string, Uint8Array>): boolean {
  const encryption = files.get('META-INF/encryption.xml')
  if (!encryption) return false
  return /CipherReference[^>]+URI\s*=\s*["'][^"']+\.(xhtml|xht|html|htm)["']/i.test(new TextDecoder('utf-8').decode(encryption))
}
