// Scraped articles carry characters injected into or between words: letters of an
// unrelated script, emoji, private-use and invisible characters. This drops them.
import type { Changes } from './changes'
import { noChanges } from './changes'
import { tokenBounds } from './tokenBounds'
import { dominantScripts, EVERYWHERE_SCRIPTS, JOINER_SCRIPTS, scriptOf } from './writingScripts'

/** The text without junk characters, and a record of each token changed or dropped. */
export interface JunkRemoval extends Changes {
  text: string
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const MARK = /\p{M}/u
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}/u
const ALWAYS_JUNK = /[\p{Co}\p{Cn}\p{Cs}\u200B\u2060\uFEFF\u00AD\uFFFD]|\uFE0E|\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u{E0020}-\u{E007F}]/u
const CONTROL = /\p{Cc}/u
const JOINERS = /[\u200C\u200D]/u
const DIRECTION_MARKS = /[\u200E\u200F]/u
// An unrelated-script run at most this long is junk; a longer one is a quoted foreign word.
const MAX_JUNK_RUN = 2
// A short run is a word all the same when quoted or bracketed ("(李强)", "«да»"); in Chinese,
// Japanese or Korean, one or two characters make a word, so one standing alone is kept too.
const OPENERS = new Set(['(', '[', '"', "'", '“', '‘', '«', '‹', '「', '『', '【', '〈', '《'])
const CLOSERS = new Set([')', ']', '"', "'", '”', '’', '»', '›', '」', '』', '】', '〉', '》'])
const WORD_BY_ITSELF_SCRIPTS = new Set(['CJK'])

// Text made only of these ranges (Latin letters, Latin punctuation) cannot hold junk.
const SAFE_TEXT = /^[\t\n\r\x20-\x7E\u00A0-\u00AC\u00AE-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20AC\u2122]*$/u

/**
 * Drops junk characters, judging "unrelated script" against the text's own dominant scripts
 * (or against `scripts`, when a caller cleans a document piece by piece).
 */
export function removeJunkCharacters(text: string, scripts?: ReadonlySet<string>): JunkRemoval {
  const changes = noChanges()
  if (SAFE_TEXT.test(text)) return { text, ...changes }
  const documentScripts = scripts ?? dominantScripts(text)
  const keepJoiners = [...documentScripts].some((script) => JOINER_SCRIPTS.has(script))
  const keepDirectionMarks = documentScripts.has('Hebrew') || documentScripts.has('Arabic')
  const junk = findJunk(text, documentScripts, keepJoiners, keepDirectionMarks)
  if (junk.size === 0) return { text, ...changes }
  return { text: rebuildWithoutJunk(text, junk, changes), ...changes }
}

// Returns the UTF-16 offsets of junk characters.
function findJunk(text: string, scripts: ReadonlySet<string>, keepJoiners: boolean, keepDirectionMarks: boolean): Set<number> {
  const junk = new Set<number>()
  // Runs of letters from a script the text is not written in; marks ride along with their letter.
  let run: number[] = []
  let runLetters = 0
  let runScript = ''
  const closeRun = (): void => {
    if (runLetters > 0 && runLetters <= MAX_JUNK_RUN && !isShortWord(text, run, runScript)) for (const offset of run) junk.add(offset)
    run = []
    runLetters = 0
  }
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset)
    if (code < 0x80) {
      // Tab, line feed, vertical tab (Word's line break), form feed (a PDF's page break) and
      // carriage return separate words: they are white space, not junk to delete.
      if (code === 0x7f || (code < 0x20 && (code < 9 || code > 13))) junk.add(offset)
      if (run.length > 0) closeRun()
      continue
    }
    const codePoint = text.codePointAt(offset) ?? code
    const char = String.fromCodePoint(codePoint)
    if (isJunkCharacter(char, codePoint, keepJoiners, keepDirectionMarks)) {
      junk.add(offset)
    } else if (MARK.test(char)) {
      if (run.length > 0) run.push(offset)
    } else if (LETTER_OR_MARK.test(char)) {
      const script = scriptOf(char)
      if (scripts.has(script) || EVERYWHERE_SCRIPTS.has(script)) closeRun()
      else {
        if (script !== runScript) closeRun()
        runScript = script
        run.push(offset)
        runLetters++
      }
    } else {
      closeRun()
      // A pictograph shown as text ("☀", "❤", "✈") is a symbol between words, but junk inside one ("qu☀arter").
      // (Arrows, ©, ® and ™ are text symbols even there: "A→B", "Word®".) Only inside a word of a
      // script that spaces its words, in lowercase: Chinese and Japanese set a symbol between words
      // unspaced ("今日は☀晴れ"), and "I❤NY" is a slogan.
      if (code >= 0x2300 && EMOJI.test(char) && isInsideSpacedWord(text, before(text, offset), after(text, offset + char.length))) junk.add(offset)
    }
    if (char.length === 2) offset++
  }
  closeRun()
  return junk
}

// The run of unrelated letters at `run`'s offsets is a word of its own, quoted or (where a
// character or two is a word) standing alone.
function isShortWord(text: string, run: readonly number[], script: string): boolean {
  const start = run[0] ?? 0
  const last = run[run.length - 1] ?? start
  const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)
  const previous = start > 0 ? text[start - 1]! : ''
  const next = text[end] ?? ''
  if (OPENERS.has(previous) && CLOSERS.has(next)) return true
  const apart = (neighbour: string): boolean => neighbour === '' || (!LETTER_OR_MARK.test(neighbour) && !/\d/.test(neighbour))
  return WORD_BY_ITSELF_SCRIPTS.has(script) && apart(previous) && apart(next)
}

// The offset of the character before `offset`, skipping variation selectors; -1 at the start.
function before(text: string, offset: number): number {
  let at = offset - 1
  while (at >= 0 && VARIATION.test(text[at]!)) at--
  if (at > 0 && /[\uDC00-\uDFFF]/.test(text[at]!)) at--
  return at
}

// The offset of the character at or after `offset`, skipping variation selectors.
function after(text: string, offset: number): number {
  let at = offset
  while (at < text.length && VARIATION.test(text[at]!)) at++
  return at
}

const VARIATION = /[\uFE0E\uFE0F]/

const SPACED_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u
const LOWERCASE = /\p{Ll}/u

function isInsideSpacedWord(text: string, previous: number, next: number): boolean {
  if (previous < 0 || next >= text.length) return false
  const [left, right] = [String.fromCodePoint(text.codePointAt(previous) ?? 0), String.fromCodePoint(text.codePointAt(next) ?? 0)]
  return SPACED_LETTER.test(left) && SPACED_LETTER.test(right) && (LOWERCASE.test(left) || LOWERCASE.test(right))
}

function isJunkCharacter(char: string, code: number, keepJoiners: boolean, keepDirectionMarks: boolean): boolean {
  if (ALWAYS_JUNK.test(char) || CONTROL.test(char)) return true
  if (JOINERS.test(char)) return !keepJoiners
  if (DIRECTION_MARKS.test(char)) return !keepDirectionMarks
  // ©, ®, ™ and arrows are pictographic too, but they are ordinary text symbols.
  return EMOJI.test(char) && (code >= 0x1f000 || EMOJI_PRESENTATION.test(char))
}

// Rebuilds only the tokens that hold junk, so each repair names the whole word it touched
// and a token that was nothing but junk takes one neighbouring space with it.
function rebuildWithoutJunk(text: string, junk: ReadonlySet<number>, changes: Changes): string {
  const offsets = [...junk].sort((first, second) => first - second)
  let result = ''
  let position = 0
  let index = 0
  while (index < offsets.length) {
    const bounds = tokenBounds(text, offsets[index] ?? 0, (offsets[index] ?? 0) + 1)
    let kept = ''
    let offset = bounds.start
    while (offset < bounds.end) {
      const code = text.codePointAt(offset) ?? 0
      const width = code > 0xffff ? 2 : 1
      if (!junk.has(offset)) kept += text.slice(offset, offset + width)
      offset += width
    }
    while (index < offsets.length && (offsets[index] ?? 0) < bounds.end) index++
    const token = text.slice(bounds.start, bounds.end)
    if (kept === '') changes.removed.push({ kind: 'junk-character', text: token })
    else changes.repairs.push({ kind: 'junk-character', before: token, after: kept })
    result += text.slice(position, bounds.start) + (kept === '' ? DROPPED_TOKEN : kept)
    position = bounds.end
  }
  // "a 💮 b" becomes "a b"; "💮 In" at a line start becomes "In".
  return (result + text.slice(position)).replace(DROPPED_WITH_SPACES, (whole: string) => (/^[ \t]+\S+[ \t]+$/.test(whole) ? ' ' : ''))
}

// A placeholder no text contains, marking a dropped token until the spaces around it are settled.
const DROPPED_TOKEN = '\u0000DROPPED\u0000'
const DROPPED_WITH_SPACES = new RegExp(`[ \\t]*${DROPPED_TOKEN}[ \\t]*`, 'g')
