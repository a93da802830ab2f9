// "Use original text" of a file whose original is text alone (a Word file's or a book's extracted
// text, a web page's words) would drop the article's pictures. Each is put back where it stood:
// after the original paragraph in which the text before it ends, found by that text's last
// letters (cleaning may have split words or taken out junk, so only letters and digits are
// compared). A picture whose place cannot be found goes at the end: kept, never dropped.
import type { Block } from '../model/document'

// Enough letters to tell one paragraph's ending from another's.
const ANCHOR_LETTERS = 40

const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/** `original` with the pictures of `current` it lacks put back in place (a web page's words keep their own). */
export function withPicturesInPlace(current: readonly Block[], original: readonly Block[]): Block[] {
  const present = new Set(original.flatMap((block) => (block.image ? [block.image.src] : [])))
  const missing = (block: Block): boolean => block.kind === 'image' && !present.has(block.image?.src ?? '')
  if (!current.some(missing)) return [...original]
  const originalLetters = original.map((block) => lettersOf(block.text))
  const after = new Map<number, Block[]>()
  const atEnd: Block[] = []
  let preceding = ''
  // Pictures keep their order: each is looked for from where the one before it was placed.
  let from = 0
  for (const block of current) {
    if (block.kind !== 'image') {
      preceding = lettersOf(block.text)
      continue
    }
    if (!missing(block)) continue
    const anchor = preceding.slice(-ANCHOR_LETTERS)
    const index = anchor === '' ? -1 : originalLetters.findIndex((letters, position) => position >= from && letters.includes(anchor))
    if (index === -1) {
      // Before any text, a picture opens the article; otherwise its place is unknown.
      if (preceding === '' && from === 0) after.set(-1, [...(after.get(-1) ?? []), block])
      else atEnd.push(block)
      continue
    }
    after.set(index, [...(after.get(index) ?? []), block])
    from = index
  }
  return [...(after.get(-1) ?? []), ...original.flatMap((block, index) => [block, ...(after.get(index) ?? [])]), ...atEnd]
}
