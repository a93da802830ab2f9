// Simulates what re-cleaning an article does to its text: glued words split, junk
// characters dropped, paragraphs removed, text inserted, punctuation normalised.
import { pick, randomInt } from '../../test-support/random'
import { splice, type TrackedText } from './tracked-text'

/** How many edits of each kind to make. */
export interface EditCounts {
  splitWords: number
  deleteCharacters: number
  removeParagraphs: number
  insertSentences: number
  insertParagraphs: number
  changePunctuation: number
}

const NEW_SENTENCES = [
  'The ministry did not comment further.',
  'Officials said the talks would continue next year.',
  'Analysts described the meeting as constructive.',
  'More details are expected in the coming weeks.',
  'Read more: regional security outlook.'
]

const PUNCTUATION_SWAPS: Record<string, string> = {
  ',': ';',
  "'": '’',
  '’': "'",
  '-': '–',
  '–': '-',
  '"': '“',
  ':': ' -'
}

/** Applies `counts` random edits of each kind to `tracked`, in a shuffled order. */
export function applyRecleaningEdits(tracked: TrackedText, counts: EditCounts, random: () => number): void {
  const edits: Array<() => void> = []
  const repeat = (times: number, edit: () => void) => {
    for (let i = 0; i < times; i++) edits.push(edit)
  }
  repeat(counts.splitWords, () => splitWord(tracked, random))
  repeat(counts.deleteCharacters, () => deleteCharacter(tracked, random))
  repeat(counts.removeParagraphs, () => removeParagraph(tracked, random))
  repeat(counts.insertSentences, () => insertSentence(tracked, random))
  repeat(counts.insertParagraphs, () => insertParagraph(tracked, random))
  repeat(counts.changePunctuation, () => changePunctuation(tracked, random))
  for (let i = edits.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i)
    ;[edits[i], edits[j]] = [edits[j]!, edits[i]!]
  }
  for (const edit of edits) edit()
}

function positionsWhere(text: string, test: (at: number) => boolean): number[] {
  const found: number[] = []
  for (let at = 0; at < text.length; at++) if (test(at)) found.push(at)
  return found
}

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char)

function splitWord(tracked: TrackedText, random: () => number): void {
  const { text } = tracked
  const inside = positionsWhere(text, (at) => isLetter(text[at - 1]) && isLetter(text[at]) && isLetter(text[at + 1]))
  if (inside.length === 0) return
  const at = pick(random, inside)
  splice(tracked, at, at, ' ')
}

function deleteCharacter(tracked: TrackedText, random: () => number): void {
  const { text } = tracked
  const candidates = positionsWhere(text, (at) => text[at] !== '\n' && text[at] !== ' ')
  if (candidates.length === 0) return
  const at = pick(random, candidates)
  splice(tracked, at, at + 1, '')
}

function removeParagraph(tracked: TrackedText, random: () => number): void {
  const { text } = tracked
  const lineStarts = [0, ...positionsWhere(text, (at) => text[at - 1] === '\n')]
  const start = pick(random, lineStarts)
  const newline = text.indexOf('\n', start)
  splice(tracked, start, newline === -1 ? text.length : newline + 1, '')
}

function insertSentence(tracked: TrackedText, random: () => number): void {
  const { text } = tracked
  const sentenceStarts = positionsWhere(text, (at) => text[at - 2] === '.' && text[at - 1] === ' ' && /\p{Lu}/u.test(text[at] ?? ''))
  if (sentenceStarts.length === 0) return
  splice(tracked, ...repeatAt(pick(random, sentenceStarts)), pick(random, NEW_SENTENCES) + ' ')
}

function insertParagraph(tracked: TrackedText, random: () => number): void {
  const { text } = tracked
  const lineStarts = [0, ...positionsWhere(text, (at) => text[at - 1] === '\n')]
  splice(tracked, ...repeatAt(pick(random, lineStarts)), pick(random, NEW_SENTENCES) + '\n')
}

function changePunctuation(tracked: TrackedText, random: () => number): void {
  const { text } = tracked
  const candidates = positionsWhere(text, (at) => PUNCTUATION_SWAPS[text[at]!] !== undefined)
  if (candidates.length === 0) return
  const at = pick(random, candidates)
  const replacement = PUNCTUATION_SWAPS[text[at]!]!
  splice(tracked, at, at + 1, replacement)
}

function repeatAt(at: number): [number, number] {
  return [at, at]
}
