// Obsidian links to a highlight through a block id; it must stay the same across re-exports
// so links in the user's vault keep working, and must use only letters, digits and dashes.
import { hashString } from './string-hash'

/** The Obsidian block id (without `^`) for a highlight, derived only from its id. */
export function highlightBlockId(highlightId: string): string {
  const readable = highlightId
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8)
  // The hash keeps ids distinct when two ids share a readable prefix or differ only in punctuation.
  return `gloss-${readable === '' ? '' : `${readable}-`}${hashString(highlightId).slice(0, 6)}`
}
