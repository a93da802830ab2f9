// An article needs a title even when the file has no title line: a heading-like first
// line, else the opening of the first sentence, else the file name.
import { isCaption, isHeadingLike } from './classifyBlocks'
import { readDateline } from './datelines'

/** The chosen title, and whether it was taken from (so should leave) the first paragraph. */
export interface TitleChoice {
  title: string
  usedFirstParagraph: boolean
}

const MAX_TITLE_LENGTH = 100
const MIN_CLAUSE_LENGTH = 40
const DANGLING_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that', 'its', 'their'])
// Abbreviations whose period does not end a sentence.
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}|\p{Lu}\p{Ll}{1,2}|No|Sen|Gen|Col|Capt|Prof|Mr|Mrs|Ms|Dr|St|Jr|Sr|e\.g|i\.e|vs|etc)\.$/u

/** Picks a title: an explicit one, a heading-like first line, the first sentence shortened, or the file name. */
export function pickTitle(explicitTitle: string | null, paragraphs: readonly string[], fileName?: string): TitleChoice {
  if (explicitTitle !== null && explicitTitle !== '') return { title: explicitTitle, usedFirstParagraph: false }
  const first = paragraphs[0]
  if (first !== undefined && isHeadingLike(first) && paragraphs.length > 1) return { title: first, usedFirstParagraph: true }
  const opening = paragraphs.find((paragraph) => !isCaption(paragraph))
  // A wire story's dateline ("WASHINGTON (AP) —") says where it was filed, not what it is about.
  if (opening !== undefined) return { title: shortenToTitle(firstSentence(withoutDateline(opening))), usedFirstParagraph: false }
  return { title: fileName === undefined ? '' : fileName.replace(/\.[^.]+$/, ''), usedFirstParagraph: false }
}

/** The paragraph after its dateline, if it opens with one. */
export function withoutDateline(paragraph: string): string {
  const dateline = readDateline(paragraph)
  return dateline === null ? paragraph : paragraph.slice(dateline.prefix.length)
}

/** The first sentence of a paragraph, not fooled by "Lt. Gen." or "U.S.". */
export function firstSentence(paragraph: string): string {
  for (const match of paragraph.matchAll(/[.!?](?=\s+[“"‘]?\p{Lu})/gu)) {
    const end = match.index + 1
    if (!ABBREVIATION.test(paragraph.slice(0, end))) return paragraph.slice(0, end)
  }
  return paragraph
}

/** Shortens a sentence to title length: at a clause break if one is late enough, else at a word break with "…". */
export function shortenToTitle(sentence: string): string {
  const trimmed = sentence.replace(/[.!?]$/, '')
  if (trimmed.length <= MAX_TITLE_LENGTH) return trimmed
  const head = trimmed.slice(0, MAX_TITLE_LENGTH + 1)
  const clauseEnd = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(' –'), head.lastIndexOf(' -'))
  if (clauseEnd >= MIN_CLAUSE_LENGTH) return head.slice(0, clauseEnd).trim()
  const wordEnd = head.lastIndexOf(' ')
  const words = head
    .slice(0, wordEnd > 0 ? wordEnd : MAX_TITLE_LENGTH)
    .replace(/[\s,;:–-]+$/u, '')
    .split(' ')
  // A title should not trail off on "and" or "of".
  while (words.length > 1 && DANGLING_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop()
  return `${words.join(' ').replace(/[,;:–-]+$/u, '')}…`
}
