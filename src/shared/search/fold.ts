// Case- and diacritic-insensitive matching starts here: every word indexed, queried, found in an
// article or marked in a snippet goes through the same folding, so "Pham" meets "Phạm".

/** One word of a text with where it sits in the original string. */
export interface Token {
  /** The folded form (lower case, no diacritics). */
  term: string
  start: number
  end: number
}

// Letters that Unicode does not decompose into a base letter plus a mark.
const SPECIAL: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' }
const MARKS = /\p{M}/gu
const SPECIALS = /[đðøłßæœıþ]/g
const ASCII = /^[\x20-\x7e]*$/
// Raised and lowered digits ("km²", "H₂O", a note's "¹") are found by the plain digit.
const SCRIPT_DIGITS = /[⁰¹²³⁴-⁹₀-₉]/g
const scriptDigit = (digit: string): string => String('⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉'.indexOf(digit) % 10)

/** Folds a word or phrase to lower case without diacritics ("Phạm" → "pham", "Đà" → "da"). */
export function fold(text: string): string {
  const lower = text.toLowerCase()
  if (ASCII.test(lower)) return lower
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIALS, (letter) => SPECIAL[letter]!)
    .replace(SCRIPT_DIGITS, scriptDigit)
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu

/** Splits text into folded words with their offsets in the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    tokens.push({ term: fold(match[0]), start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/** The folded words of a text, without offsets (cheaper, for indexing). */
export function terms(text: string): string[] {
  const words = text.match(WORD)
  return words ? words.map(fold) : []
}
