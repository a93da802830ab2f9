// Find in the open article: every case- and diacritic-insensitive occurrence of what the user
// typed, as ranges of the article's plain text (the reader maps them onto the page).
import { fold } from './fold'
import type { TextRange } from './match-ranges'

/** The text folded character by character, with each folded character's original offset. */
export function foldWithOffsets(text: string, { collapseSpaces = false } = {}): { folded: string; offsets: Int32Array } {
  let folded = ''
  const offsets: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (collapseSpaces && code === 0x20 && text.charCodeAt(index - 1) === 0x20) continue
    const piece = code < 0x80 ? text[index]!.toLowerCase() : fold(text[index]!)
    folded += piece
    for (let count = 0; count < piece.length; count++) offsets.push(index)
  }
  offsets.push(text.length)
  return { folded, offsets: Int32Array.from(offsets) }
}

/** Every occurrence of `needle` in `text`, ignoring case and diacritics and collapsing spaces. */
export function findInText(text: string, needle: string): TextRange[] {
  const wanted = fold(needle.trim()).replace(/\s+/g, ' ')
  if (!wanted) return []
  // Inline code may hold runs of spaces ("queue:  0"); the needle's are collapsed, so the text's are too.
  const { folded, offsets } = foldWithOffsets(text.replace(/\s/g, ' '), { collapseSpaces: true })
  const ranges: TextRange[] = []
  for (let index = folded.indexOf(wanted); index >= 0; index = folded.indexOf(wanted, index + wanted.length)) {
    ranges.push([offsets[index]!, offsets[index + wanted.length - 1]! + 1])
  }
  return ranges
}
