// The article's plain text is the one coordinate system every highlight is stored in.
import type { Block } from './document'
import { letterOrDigitWidth } from './letters'

/** Separator between blocks in an article's plain text. */
export const BLOCK_SEPARATOR = '\n\n'

// A list item that carries its own number ("3. Stir"), as numbered lists are imported: shown with
// that number instead of a bullet.
const NUMBERED_ITEM = /^\d{1,9}[.)]\s/

/** A numbered item's marker as written ("3. "), or '' for any other block. */
export function itemMarker(block: Block): string {
  return block.kind === 'list-item' ? (NUMBERED_ITEM.exec(block.text)?.[0] ?? '') : ''
}

/** Whether a block is an item of a numbered list, its number written in its text. */
export function isNumberedItem(block: Block): boolean {
  return itemMarker(block) !== ''
}

/** A block's words without a numbered item's number: what heuristics about its wording and duplicate signatures read. */
export function textWithoutItemNumber(block: Block): string {
  return block.text.slice(itemMarker(block).length)
}

/** Joins blocks into the plain text that highlight offsets refer to. */
export function articlePlainText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR)
}

/** Start offset of each block within `articlePlainText(blocks)`. */
export function blockOffsets(blocks: readonly Block[]): number[] {
  const offsets: number[] = []
  let position = 0
  for (const block of blocks) {
    offsets.push(position)
    position += block.text.length + BLOCK_SEPARATOR.length
  }
  return offsets
}

/** Counts words the way readers do: runs of letters or digits, joined by inner ' ’ or - ("don't", "COVID-19"). */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length;) {
    const width = letterOrDigitWidth(text, index)
    if (width > 0) {
      if (!inWord) count++
      inWord = true
      index += width
      continue
    }
    // A joiner between two letters or digits keeps the word going.
    const code = text.charCodeAt(index)
    const joins = inWord && (code === 39 || code === 0x2019 || code === 45) && index + 1 < text.length && letterOrDigitWidth(text, index + 1) > 0
    if (!joins) inWord = false
    index += 1
  }
  return count
}
