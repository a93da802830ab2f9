// Tags are free text in Gloss but each target has its own tag grammar; these keep tags valid
// there (Obsidian/Logseq `#a/b`, Readwise `.tag`) while keeping hierarchy where supported.
import type { HighlightColor } from '../model/annotation'

/** A tag as Obsidian and Logseq accept it without `#`: no spaces, `/` keeps hierarchy; '' if nothing is left. */
export function asObsidianTag(tag: string): string {
  const cleaned = tag
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '')
    .replace(/\/{2,}/g, '/')
    .replace(/^\/+|\/+$/g, '')
  // Obsidian ignores purely numeric tags such as #2024.
  return /^[\d/]+$/.test(cleaned) ? `_${cleaned}` : cleaned
}

const READWISE_ACTION_TAGS = /^(h[1-6]|c\d+|qa?)$/i

/** A tag in Readwise's inline note syntax (`.tag`); Readwise has no hierarchy, so `/` becomes `-`. */
export function asReadwiseTag(tag: string): string {
  const cleaned = asObsidianTag(tag).replace(/\//g, '-')
  if (cleaned === '') return ''
  // `.h1`–`.h6`, `.c1`… and `.qa` are Readwise action tags (headings, concatenation, flashcards).
  return READWISE_ACTION_TAGS.test(cleaned) ? `.${cleaned}_` : `.${cleaned}`
}

/** Distinct non-empty tags in the target syntax, in first-seen order. */
export function formatTags(tags: readonly string[], format: (tag: string) => string): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const tag of tags) {
    const formatted = format(tag)
    if (formatted === '' || seen.has(formatted.toLowerCase())) continue
    seen.add(formatted.toLowerCase())
    result.push(formatted)
  }
  return result
}

/** How a highlight's colour reads in text: its meaning, with the colour name when they differ. */
export function colorLabel(color: HighlightColor, meanings: Record<HighlightColor, string>): string {
  const meaning = meanings[color]?.trim() ?? ''
  return meaning === '' || meaning.toLowerCase() === color ? color : `${meaning} (${color})`
}
