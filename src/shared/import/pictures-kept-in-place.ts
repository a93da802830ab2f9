// "Use original text" of a file whose original is text alone (a Word file's or a book's extracted
// text) would drop the article's pictures. Each is put back where it stood: after the original
// paragraph that ends with the text before it, found by that text's last letters (cleaning may
// have split words or taken out junk, so only letters and digits are compared). A picture whose
// place cannot be found goes at the end: kept, never dropped.
import type { Block } from '../model/document'

// Enough letters to tell one paragraph's ending from another's; a shorter text (a heading) must end a paragraph.
const ANCHOR_LETTERS = 40

const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/** `original` with the pictures of `current` it lacks put back in place (a web page's words keep their own). */
export function withPicturesInPlace(current: readonly Block[], original: readonly Block[]): Block[] {
  // How often the original already shows each picture: a picture shown twice is kept twice.
  const shown = new Map<string, number>()
  for (const block of original) if (block.image) shown.set(block.image.src, (shown.get(block.image.src) ?? 0) + 1)
  // By position: one picture object may stand in the article twice.
  const missing = new Set<number>()
  current.forEach((block, position) => {
    if (block.kind !== 'image') return
    const count = shown.get(block.image?.src ?? '') ?? 0
    if (count === 0) missing.add(position)
    else shown.set(block.image!.src, count - 1)
  })
  if (missing.size === 0) return [...original]
  const originalLetters = original.map((block) => lettersOf(block.text))
  const placed = new Map<number, Block[]>()
  const atEnd: Block[] = []
  const place = (index: number, block: Block): void => void placed.set(index, [...(placed.get(index) ?? []), block])
  let preceding: string | null = null
  // Pictures keep their order: each is looked for from where the one before it was placed.
  let from = 0
  for (const [position, block] of current.entries()) {
    if (block.kind !== 'image') {
      // A rule ("* * *") or a block of symbols says nothing about where the picture stood.
      const letters = lettersOf(block.text)
      if (letters !== '') preceding = letters
      continue
    }
    if (!missing.has(position)) continue
    // Before any text, a picture opens the article.
    if (preceding === null) {
      place(-1, block)
      continue
    }
    const index = placeAfter(originalLetters, preceding.slice(-ANCHOR_LETTERS), from)
    if (index === -1) atEnd.push(block)
    else {
      place(index, block)
      from = index
    }
  }
  return [...(placed.get(-1) ?? []), ...original.flatMap((block, index) => [block, ...(placed.get(index) ?? [])]), ...atEnd]
}

// The paragraph, from `from` on, that ends with the anchor; else, for an anchor long enough to be
// specific, one that holds it (the original may join paragraphs the article split); else -1.
function placeAfter(paragraphs: readonly string[], anchor: string, from: number): number {
  for (let index = from; index < paragraphs.length; index++) if (paragraphs[index]!.endsWith(anchor)) return index
  if (anchor.length < ANCHOR_LETTERS) return -1
  for (let index = from; index < paragraphs.length; index++) if (paragraphs[index]!.includes(anchor)) return index
  return -1
}
