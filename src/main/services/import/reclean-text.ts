// "Clean again" from the reader: runs today's pipeline over an article's stored original, so an
// article imported before a cleaning fix (or restored to its original) can be cleaned anew.
import { basename } from 'node:path'
import type { Block, SourceFormat } from '../../../shared/model/document'
import type { RecleanResponse } from '../../../shared/ipc/import-schemas'
import { cleanBlocks } from '../../../shared/cleaning'
import { parseDocument } from './parse-document'
import { formatOfPath } from './formats'

// These formats keep their source as originalText, so the whole reader runs again; the others
// (PDF, EPUB, DOCX) keep extracted text, which is cleaned as paragraphs.
const SOURCE_KEPT: ReadonlySet<SourceFormat> = new Set(['txt', 'md', 'html'])

/** Cleans `originalText` again as the format it came from; throws a sentence when nothing readable is left. */
export async function recleanText(fileName: string, format: SourceFormat, originalText: string): Promise<RecleanResponse> {
  if (!SOURCE_KEPT.has(format)) {
    const cleaned = cleanBlocks(paragraphBlocks(originalText))
    return { blocks: cleaned.blocks, removed: cleaned.removed, repairs: cleaned.repairs, warnings: cleaned.warnings }
  }
  const name = formatOfPath(fileName) === format ? basename(fileName) : `${basename(fileName)}.${format}`
  const document = await parseDocument(name, new TextEncoder().encode(originalText))
  if (document.status === 'error') throw new Error(document.error)
  return { blocks: document.blocks, removed: document.removed, repairs: document.repairs, warnings: document.warnings }
}

/** Splits text into paragraph blocks at blank lines. */
function paragraphBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ kind: 'paragraph', text: paragraph }))
}
