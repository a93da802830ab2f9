// Reduces an article to the stream of letters and digits that two scrapes of it
// share, whatever their spacing, punctuation, accents or stray symbols.

/** Lowercased letters and digits of `text` as UTF-16 codes, diacritics removed, everything else (spaces too) dropped. */
export function normalizedCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length * 2)
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      // ASCII fast path: most of an English article.
      if (code >= 97 && code <= 122) codes[length++] = code
      else if (code >= 65 && code <= 90) codes[length++] = code + 32
      else if (code >= 48 && code <= 57) codes[length++] = code
      continue
    }
    for (const normalized of normalizeCharacter(text[i]!)) {
      if (length < codes.length) codes[length++] = normalized
    }
  }
  return codes.subarray(0, length)
}

/** The normalised stream as a string (for tests and inspection). */
export function normalizeForShingling(text: string): string {
  return String.fromCharCode(...normalizedCodes(text))
}

const characterCache = new Map<string, number[]>()

function normalizeCharacter(character: string): number[] {
  let codes = characterCache.get(character)
  if (!codes) {
    const kept = character
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '')
    codes = [...kept].flatMap((part) => Array.from({ length: part.length }, (_, i) => part.charCodeAt(i)))
    characterCache.set(character, codes)
  }
  return codes
}
