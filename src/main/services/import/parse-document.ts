// One file's bytes to one parsed article: format reading, then cleaning. Pure of any I/O,
// so the app, its worker threads, the browser-mode server and `npm run parse` share it.
import { basename } from 'node:path'
import type { ParsedArticle, ParsedDocument } from '../../../shared/model/document'
import { articlePlainText, countWords } from '../../../shared/model/text'
import { cleanPlainText, cleanBlocks } from '../../../shared/cleaning'
import { formatOfPath, readFileForImport, ImportError } from './formats'
import type { ReadOptions } from './formats/read-result'
import { unsupportedTypeReason } from '../../../shared/import/file-formats'

/** Parses one file; errors become a document with status "error" and a sentence naming the file. */
export async function parseDocument(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ParsedDocument> {
  const name = basename(path)
  const format = formatOfPath(path)
  if (format === null) return { status: 'error', path, error: `"${name}" ${unsupportedTypeReason(path)}` }
  try {
    const read = await readFileForImport(path, bytes, options)
    const fallbackTitle = name.replace(/\.[^.]+$/, '')
    let article: Omit<ParsedArticle, 'wordCount'>
    if (read.kind === 'text') {
      const cleaned = cleanPlainText(read.text, { fileName: name })
      article = {
        ...cleaned,
        url: null,
        title: cleaned.title || fallbackTitle,
        warnings: [...read.warnings, ...cleaned.warnings],
        format,
        originalText: read.text
      }
    } else {
      const authored = format === 'md'
      const cleaned = cleanBlocks(read.blocks, { knownTitle: read.title, webPage: format === 'html', authored, clipped: authored && read.url !== null })
      article = {
        title: read.title || cleaned.title || fallbackTitle,
        byline: read.byline ?? cleaned.byline,
        // A full date in the text beats a yearless one in the metadata, and a more precise one
        // the same month or year ("2024-03" in the metadata, "March 5, 2024" on the page).
        publishedAt:
          read.publishedAt !== null && cleaned.publishedAt?.startsWith(`${read.publishedAt}-`)
            ? cleaned.publishedAt
            : (read.publishedAt ?? cleaned.publishedAt),
        publishedPartial: (read.publishedAt ?? cleaned.publishedAt) ? null : (read.publishedPartial ?? cleaned.publishedPartial),
        source: read.source,
        url: read.url ?? null,
        language: read.language,
        blocks: cleaned.blocks,
        removed: [...read.removed, ...cleaned.removed],
        repairs: cleaned.repairs,
        warnings: [...read.warnings, ...cleaned.warnings],
        format,
        originalText: read.originalText
      }
    }
    if (article.blocks.length === 0) return { status: 'error', path, error: `"${name}" has no readable text` }
    return { status: 'ok', path, duplicateOf: null, ...article, wordCount: countWords(articlePlainText(article.blocks)) }
  } catch (error) {
    const message = error instanceof ImportError ? error.message : `"${name}" could not be read (${error instanceof Error ? error.message : String(error)})`
    return { status: 'error', path, error: message }
  }
}
