// The article's plain text is the one coordinate system every highlight is stored in.
import type { Block } from './document'

/** Separator between blocks in an article's plain text. */
export const BLOCK_SEPARATOR = '\n\n'

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

/** Counts words the way readers do: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
