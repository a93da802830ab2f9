// Test support: injects the kinds of noise scraped articles carry (junk letters, emoji,
// invisible characters, glued words) into clean text, reproducibly from a seed.

/** The kinds of noise injectNoise can add. */
export type NoiseKind = 'junk-in-word' | 'junk-between-words' | 'glued-words' | 'glued-sentence'

const JUNK = ['ꦰ', 'ꦡ', 'ꦏ', '🍌', '🐼', '💮', '🙂', '\u200B', '\uFEFF', '\uE001', 'ᚠ', 'ꓐ']

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T

/** Adds one noise of the given kind to the paragraph, or returns null when the paragraph offers no place for it. */
export function injectNoise(paragraph: string, kind: NoiseKind, random: () => number): string | null {
  if (kind === 'junk-in-word') {
    const words = [...paragraph.matchAll(/\p{L}{3,}/gu)]
    if (words.length === 0) return null
    const word = pick(words, random)
    const at = word.index + 1 + Math.floor(random() * (word[0].length - 1))
    return paragraph.slice(0, at) + pick(JUNK, random) + paragraph.slice(at)
  }
  if (kind === 'junk-between-words') {
    const spaces = [...paragraph.matchAll(/ /g)]
    if (spaces.length === 0) return null
    const at = pick(spaces, random).index
    return `${paragraph.slice(0, at)} ${pick(JUNK, random)}${paragraph.slice(at)}`
  }
  // A dropped line break after a lowercase word, as in "diplomacyin" or "ofNational".
  const pattern = kind === 'glued-words' ? /(?<=\b\p{Ll}+) (?=\p{L})/gu : /(?<=\p{Ll}{2}\.) (?=\p{Lu}\p{Ll})/gu
  const spaces = [...paragraph.matchAll(pattern)]
  if (spaces.length === 0) return null
  const at = pick(spaces, random).index
  return paragraph.slice(0, at) + paragraph.slice(at + 1)
}
