// The article's outline, read from its heading blocks, so long articles can be navigated by section.
import type { Block } from '../../../../shared/model/document'

/** One entry of the table of contents: a heading's text and the index of its block. */
export interface ContentsEntry {
  blockIndex: number
  title: string
}

/** The headings of an article in reading order; blank headings are skipped. */
export function tableOfContents(blocks: readonly Block[]): ContentsEntry[] {
  const entries: ContentsEntry[] = []
  blocks.forEach((block, blockIndex) => {
    const title = block.text.replace(/\s+/g, ' ').trim()
    if (block.kind === 'heading' && title) entries.push({ blockIndex, title })
  })
  return entries
}

/** The entry whose section contains the given block, or null before the first heading. */
export function currentContentsEntry(entries: readonly ContentsEntry[], blockIndex: number): ContentsEntry | null {
  let current: ContentsEntry | null = null
  for (const entry of entries) {
    if (entry.blockIndex > blockIndex) break
    current = entry
  }
  return current
}
