// "Clean again" from the reader: runs today's pipeline over an article's stored original, so an
// article imported before a cleaning fix (or restored to its original) can be cleaned anew.
import { basename } from 'node:path'
import type { Block, ParsedDocument } from '../../../shared/model/document'
import type { RecleanRequest, RecleanResponse } from '../../../shared/ipc/import-schemas'
import { cleanBlocks } from '../../../shared/cleaning'
import { parseDocument } from './parse-document'
import { formatOfPath } from './formats'
import { keepsSource } from '../../../shared/import/file-formats'

// Text formats keep their source as originalText, so the whole reader runs again. The others
// (PDF, EPUB, DOCX) keep only extracted text, without the headings, lists, quotes and code the
// reader found; so the article's current blocks are cleaned again, keeping their kinds, and only
// without them is the extracted text cleaned as paragraphs.

/** Cleans an article again as the format it came from; throws a sentence when nothing readable is left. */
export async function recleanText(
  { fileName, format, originalText, current }: RecleanRequest,
  parse: (name: string, bytes: Uint8Array) => Promise<ParsedDocument> = parseDocument
): Promise<RecleanResponse> {
  if (!keepsSource(format)) {
    // The title was settled at import: a heading now leading the text is the first section's.
    const cleaned = current ? cleanBlocks(current.blocks, { knownTitle: current.title, liftTitle: false }) : cleanBlocks(paragraphBlocks(originalText))
    if (cleaned.blocks.length === 0) throw new Error(`"${basename(fileName)}" has no readable text`)
    return { blocks: cleaned.blocks, removed: cleaned.removed, repairs: cleaned.repairs, warnings: cleaned.warnings, cleanedFrom: 'current-text' }
  }
  const name = formatOfPath(fileName) === format ? basename(fileName) : `${basename(fileName)}.${format}`
  const document = await parse(name, new TextEncoder().encode(originalText))
  if (document.status === 'error') throw new Error(document.error)
  return { blocks: document.blocks, removed: document.removed, repairs: document.repairs, warnings: document.warnings, cleanedFrom: 'source' }
}

/** Splits text into paragraph blocks at blank lines. */
function paragraphBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ kind: 'paragraph', text: paragraph }))
}
