// Scrapers drop line breaks and leave words glued: "ofNational", "April14", "100countries",
// "guidelines.The", "territorialsovereignty". This puts the missing space back, conservatively.
import type { Repair } from '../model/document'
import { isCamelCaseGlue, isWrittenTwice, spacedParticles } from './camelCaseGlue'
import { wordCount } from './knownWords'
import { segmentGluedWord } from './segmentGluedWord'
import { wordSet } from './wordSet'
import { isWhiteSpaceCode } from '../model/letters'

/** The paragraph with glued words split, and one Repair per token split. */
export interface GluedWordRepair {
  text: string
  repairs: Repair[]
}

/** Options for splitGluedWords. */
export interface SplitGluedWordsOptions {
  /** Use the English word list to split all-lowercase tokens; off for text not in English. */
  useDictionary?: boolean
  /** The whole document's text: a camel-case word it writes more than once is a name, never split. */
  documentText?: string
  /** False where camel case is the author's ("useState" in a note): only lowercase and digit glue is split. */
  splitCamelCase?: boolean
}

// URLs, e-mail addresses, domains ("qdnd.vn") and code-like tokens are never touched.
const ADDRESS_LIKE = /:\/\/|^www\.|@|[\p{L}\d]\.\p{Ll}{2,}|[_\\#=]/u
// "guidelines.The", "Lt.Gen.", "2021.The"; not "U.S.", "e.g." or "No.59" (single letters, digits after).
const SENTENCE_GLUE = /(?<=\p{Ll}{2}|\p{Lu}\p{Ll}|\d{4})([.!?])(?=\p{Lu}\p{Ll})/gu
const LETTERS_THEN_DIGITS = /(?<![\p{L}\d])(\p{L}+)(\d+)(?![\p{L}\d])/gu
const DIGITS_THEN_LETTERS = /(?<![\p{L}\d]\d*)(\d+)(\p{Ll}{3,})(?![\p{L}\d])/gu
const WORD_RUN = /[\p{L}'’]+/gu
const PLAIN_WORD = /^[("“‘]?([A-Za-z][a-z]*)(?:['’]s)?[,.;:!?)"”’]*$/
const MONTHS = wordSet('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december')
// Units and suffixes that belong to their number ("5kmh", "24hrs", "100mbps"); ordinals are shorter than 3 letters.
const UNITS = wordSet(
  'kph mph kmh hrs min mins sec secs yrs lbs kwh mwh gwh twh ghz mhz khz bps kbps mbps gbps mah rpm fps dpi ppm ppb sqm cal kcal gsm bn mln mil ' +
    'pcs pts kgs kms cms yds ozs mins hrs ths'
)
// Splitting a token depends on the token alone, and news text repeats its words: remembering
// answers (bounded) takes most of the cost out of cleaning a large import.
const MAX_CACHED_TOKENS = 50_000
// One cache per combination of options, as the answers differ.
const caches = new Map<string, Map<string, string>>()
const SMALLEST_REAL_WORD_COUNT = 100
const MIN_SPLIT_LENGTH = 4
const RARE_NEWS_WORD_COUNT = 5

/** Splits words glued at dropped line breaks, recording each split as a 'split-glued-word' Repair. */
export function splitGluedWords(paragraph: string, options: SplitGluedWordsOptions = {}): GluedWordRepair {
  const useDictionary = options.useDictionary ?? true
  const splitCamelCase = options.splitCamelCase ?? true
  const documentText = options.documentText ?? ''
  const repairs: Repair[] = []
  const cacheKey = `${useDictionary}|${splitCamelCase}`
  let cache = caches.get(cacheKey)
  if (!cache) caches.set(cacheKey, (cache = new Map()))
  // Scanned by hand rather than with replace(/\S+/g, …): calling back into script for each of an
  // article's thousand tokens was most of this function's cost, and few tokens change.
  const pieces: string[] = []
  let copied = 0
  for (let index = 0; index < paragraph.length;) {
    if (isWhiteSpaceCode(paragraph.charCodeAt(index))) {
      index++
      continue
    }
    const start = index
    while (index < paragraph.length && !isWhiteSpaceCode(paragraph.charCodeAt(index))) index++
    // Too short to hold two words: most tokens ("the", "of", "in"), answered without a lookup.
    if (index - start < MIN_SPLIT_LENGTH) continue
    const token = paragraph.slice(start, index)
    let split = cache.get(token)
    if (split === undefined) {
      if (cache.size >= MAX_CACHED_TOKENS) cache.clear()
      split = splitToken(token, useDictionary, splitCamelCase ? NO_NAMES : ANY_CAMEL_CASE)
      cache.set(token, split)
    }
    // The cache holds answers for every document; a document's own names only ever undo a split.
    if (split !== token && documentText !== '' && HUMP.test(token) && namesIn(token, documentText)) {
      split = splitToken(token, useDictionary, splitCamelCase ? (run) => isWrittenTwice(run, documentText) : ANY_CAMEL_CASE)
    }
    if (split === token) split = spacedParticles(token, documentText)
    if (split === token) continue
    repairs.push(describeSplit(token, split))
    pieces.push(paragraph.slice(copied, start), split)
    copied = index
  }
  const text = pieces.length === 0 ? paragraph : pieces.join('') + paragraph.slice(copied)
  return { text, repairs }
}

const HUMP = /\p{Ll}\p{Lu}/u

// Whether the token holds a camel-case word the document writes more than once.
const namesIn = (token: string, documentText: string): boolean =>
  (token.match(WORD_RUN) ?? []).some((run) => HUMP.test(run) && isWrittenTwice(run, documentText))
const NO_NAMES = (): boolean => false
const ANY_CAMEL_CASE = (): boolean => true

function splitToken(token: string, useDictionary: boolean, isName: (run: string) => boolean = NO_NAMES): string {
  // Most tokens are plain known words or names; they need no work.
  if (token.length < MIN_SPLIT_LENGTH || isPlainWord(token) || ADDRESS_LIKE.test(token)) return token
  let result = token
  if (/[.!?]./.test(result)) result = result.replace(SENTENCE_GLUE, '$1 ')
  if (/\d/.test(result)) {
    result = result
      .replace(LETTERS_THEN_DIGITS, (whole: string, letters: string, digits: string) => (isWordBeforeNumber(letters) ? `${letters} ${digits}` : whole))
      .replace(DIGITS_THEN_LETTERS, (whole: string, digits: string, letters: string) => (isWordAfterNumber(letters) ? `${digits} ${letters}` : whole))
  }
  return result.replace(WORD_RUN, (run: string, offset: number, whole: string) =>
    HUMP.test(run) && isName(run) ? run : splitWordRun(run, useDictionary && !touchesDigit(whole, offset, run.length))
  )
}

// A known lowercase word, or a capitalised word without inner capitals, with at most edge punctuation.
function isPlainWord(token: string): boolean {
  const match = PLAIN_WORD.exec(token)
  if (match === null) return false
  const letters = match[1] ?? ''
  return /^[A-Z]/.test(letters) || wordCount(letters) > 0
}

// "April14" and "Rotation4" split; "G20", "MH370", "Win32" and "Web3" do not.
function isWordBeforeNumber(letters: string): boolean {
  if (!/^\p{Lu}?\p{Ll}+$/u.test(letters)) return false
  if (MONTHS.has(letters.toLowerCase())) return true
  return letters.length >= 4 && wordCount(letters) >= SMALLEST_REAL_WORD_COUNT
}

// "100countries" and "19pandemic" split; "4th", "1990s", "5km" and "24hrs" do not.
// The word list comes from film subtitles, so news words like "pandemic" are rare in it.
function isWordAfterNumber(letters: string): boolean {
  if (UNITS.has(letters)) return false
  return wordCount(letters) >= (letters.length >= 5 ? RARE_NEWS_WORD_COUNT : SMALLEST_REAL_WORD_COUNT)
}

function touchesDigit(whole: string, offset: number, length: number): boolean {
  return /\d/.test(whole[offset - 1] ?? '') || /\d/.test(whole[offset + length] ?? '')
}

function splitWordRun(run: string, useDictionary: boolean): string {
  if (!/\p{Ll}\p{Lu}/u.test(run)) return useDictionary ? splitLowercasePiece(run) : run
  // A dropped line break makes one hump; several ("getElementById") mark a code identifier.
  if (/\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u.test(run)) return run
  const pieces: string[] = []
  let start = 0
  for (let index = 1; index < run.length; index++) {
    const isBoundary = /\p{Lu}/u.test(run[index] ?? '') && /\p{Ll}/u.test(run[index - 1] ?? '')
    if (!isBoundary) continue
    const nextBoundary = findNextBoundary(run, index)
    if (isCamelCaseGlue(run.slice(start, index), run.slice(index, nextBoundary))) {
      pieces.push(run.slice(start, index))
      start = index
    }
  }
  pieces.push(run.slice(start))
  return pieces.map((piece) => (useDictionary ? splitLowercasePiece(piece) : piece)).join(' ')
}

function findNextBoundary(run: string, from: number): number {
  for (let index = from + 1; index < run.length; index++) {
    if (/\p{Lu}/u.test(run[index] ?? '') && /\p{Ll}/u.test(run[index - 1] ?? '')) return index
  }
  return run.length
}

function splitLowercasePiece(piece: string): string {
  if (!/^\p{Ll}{5,}$/u.test(piece)) return piece
  const parts = segmentGluedWord(piece)
  return parts === null ? piece : parts.join(' ')
}

// Records the word rather than its punctuation: "sovereignty," is reported as "sovereignty".
function describeSplit(before: string, after: string): Repair {
  const leading = /^[^\p{L}\p{N}]*/u.exec(before)?.[0].length ?? 0
  const keepsFinalPeriod = /\p{L}\.\p{L}.*\.$/u.test(before)
  const trailing = keepsFinalPeriod ? 0 : (/[^\p{L}\p{N}]*$/u.exec(before)?.[0].length ?? 0)
  return {
    kind: 'split-glued-word',
    before: before.slice(leading, before.length - trailing),
    after: after.slice(leading, after.length - trailing)
  }
}
