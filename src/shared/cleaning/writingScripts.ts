// Which writing systems a document is written in, so letters of an unrelated script
// (injected junk) can be told apart from the document's own letters.
import { letterWidth } from '../model/letters'

// Scripts that share one document as a matter of course are counted as one.
const SCRIPT_GROUPS: ReadonlyArray<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Myanmar', /\p{Script=Myanmar}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u]
]

// Letters every script uses: µ, ʻ in Hawaiʻi, the Japanese long-vowel mark ー.
const COMMON_LETTER = /[\p{Script=Common}\p{Script=Inherited}]/u

/** Script groups whose letters belong in any document: Latin (names, brands, units) and letters common to all scripts. */
export const EVERYWHERE_SCRIPTS: ReadonlySet<string> = new Set(['Latin', 'Common'])

/** Scripts that rely on zero-width joiners, so those are not junk in them. */
export const JOINER_SCRIPTS: ReadonlySet<string> = new Set(['Arabic', 'Devanagari', 'Bengali', 'Tamil', 'Myanmar', 'Khmer'])

/** A document's letters are dominated by a script when at least this share of them is in it… */
const DOMINANT_SHARE = 0.1
/** …and there are more of them than a run of injected junk would have. */
const DOMINANT_MIN_LETTERS = 3

const scriptCache = new Map<string, string>()

/** The script group of one letter ("Latin", "CJK", "Common", …), or "Other:…" for scripts not listed. */
export function scriptOf(letter: string): string {
  const code = letter.charCodeAt(0)
  if (code < 0x80) return 'Latin'
  const known = scriptCache.get(letter)
  if (known !== undefined) return known
  const group = COMMON_LETTER.test(letter) ? 'Common' : (SCRIPT_GROUPS.find(([, pattern]) => pattern.test(letter))?.[0] ?? `Other:${scriptNameOf(letter)}`)
  scriptCache.set(letter, group)
  return group
}

// Distinguishes unlisted scripts from each other cheaply: letters in the same 128-code block share a name.
function scriptNameOf(letter: string): string {
  return ((letter.codePointAt(0) ?? 0) >> 7).toString(16)
}

// Looked up by code point, so the letter's string is built once per distinct letter, not per letter.
const scriptByPoint = new Map<number, string>()

function scriptOfPoint(point: number): string {
  let script = scriptByPoint.get(point)
  if (script === undefined) {
    script = scriptOf(String.fromCodePoint(point))
    scriptByPoint.set(point, script)
  }
  return script
}

/** The script groups that make up a meaningful share of the text's letters. */
export function dominantScripts(text: string): Set<string> {
  const counts = new Map<string, number>()
  let asciiLetters = 0
  let total = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) asciiLetters++
      continue
    }
    const point = text.codePointAt(index) ?? code
    const isLetter = letterWidth(text, index) > 0
    if (point > 0xffff) index++
    if (!isLetter) continue
    const script = scriptOfPoint(point)
    counts.set(script, (counts.get(script) ?? 0) + 1)
    total++
  }
  counts.set('Latin', (counts.get('Latin') ?? 0) + asciiLetters)
  total += asciiLetters
  const dominant = new Set<string>()
  let mostCommon: [string, number] = ['Latin', 0]
  for (const [script, count] of counts) {
    if (count >= total * DOMINANT_SHARE && count >= DOMINANT_MIN_LETTERS) dominant.add(script)
    if (count > mostCommon[1]) mostCommon = [script, count]
  }
  dominant.add(mostCommon[0])
  // Greek letters are everyday symbols (π, Ω, α-particle) in Latin-script writing.
  if (dominant.has('Latin')) dominant.add('Greek')
  return dominant
}
