// Bylines ("By Ngoc Hung - Anh Vu") and credits ("Translated by Mai Huong") sit at the
// start or end of a wire story; they are metadata, not body text.

/** What a byline or credit line says. */
export interface BylineLine {
  /** "author" for who wrote it; "credit" for a translator, editor or photographer. */
  role: 'author' | 'credit'
  names: string
}

// Names are a few capitalised words, optionally joined by "-", ",", "and" or "&".
const NAMES = String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+(?:[-–—,&]|and|\p{Lu}[\p{L}.'’-]*)){0,11})`
const AUTHOR = new RegExp(String.raw`^(?:by|written by|story by|reported by|author|auther|writer|reporter)\s*[:\-–]?\s*${NAMES}\s*$`, 'iu')
const CREDIT = new RegExp(String.raw`^(?:translated|edited|compiled|photos?|photographs)\s+by\s*:?\s*${NAMES}\s*$`, 'iu')

/** Reads a line as a byline or credit, or null when it is not one. */
export function readBylineLine(line: string): BylineLine | null {
  const author = AUTHOR.exec(line)
  if (author !== null) return { role: 'author', names: (author[1] ?? '').trim() }
  const credit = CREDIT.exec(line)
  if (credit !== null) return { role: 'credit', names: (credit[1] ?? '').trim() }
  return null
}
