// What a web page puts around its story that Readability keeps: the site's menu above a
// heading repeating the title ("Svbtle", "Menu", "September 15, 2014", then the title), a byline
// or date paragraph at the top ("By Felix Gillette", "Published August 14, 2010"), and picture
// credits between paragraphs, which stay as captions; a standfirst set as a heading becomes the
// summary; the furniture after the story goes (see pageTail). Web pages only: a Markdown note, an
// EPUB chapter or a Word report may open with short lines, dates and "By" lines that are its
// text. Everything dropped is recorded, and the byline and date found go to the article's metadata.
import type { Block, Removal } from '../model/document'
import { describeImage } from '../model/images'
import { cleanBylineValue } from './metadataByline'
import { findDateLine, type FoundDate } from './parseDates'
import { dropPageTail } from './pageTail'
import { sameTitle } from './sameTitle'
import { textWithoutItemNumber } from '../model/text'

const OPENING_BLOCKS = 5
const MAX_CHROME_WORDS = 5

/** The page's story, and the byline and date its chrome stated. */
export interface PageStory {
  blocks: Block[]
  byline: string | null
  date: FoundDate | null
}

/** Drops the page around the story from blocks read from a web page, recording each removal in `removed`. */
export function dropPageChrome(
  blocks: readonly Block[],
  knownTitle: string | null,
  removed: Removal[],
  dayFirst = false,
  language: string | null = null
): PageStory {
  let start = 0
  let date: FoundDate | null = null
  let byline: string | null = null
  const titleAt =
    knownTitle === null ? -1 : blocks.slice(0, MAX_MENU_BLOCKS).findIndex((block) => block.kind === 'heading' && sameTitle(block.text, knownTitle))
  const chrome = blocks.slice(0, Math.max(0, titleAt))
  // A logo among the menu words is the site's too.
  const chromeWords = chrome.filter((block) => block.kind !== 'image')
  if (titleAt > 0 && chromeWords.length > 0 && isMenu(chromeWords)) {
    for (const block of chrome) {
      date ??= findDateLine(block.text, dayFirst, language)
      removed.push({ kind: 'cms-debris', text: block.kind === 'image' ? describeImage(block.image) : block.text })
    }
    start = titleAt
  }
  const story = blocks.slice(start).flatMap((block, index): Block[] => {
    if (block.kind !== 'paragraph') return [block]
    const opening = index < OPENING_BLOCKS
    const dateLine = opening ? findDateLine(block.text, dayFirst, language) : null
    if (dateLine !== null) {
      date ??= dateLine
      removed.push({ kind: 'header', text: block.text })
      return []
    }
    const names = opening ? bylineNames(block.text) : null
    if (names !== null) {
      byline ??= names
      removed.push({ kind: 'byline', text: block.text })
      return []
    }
    return [isCreditLine(block.text) ? { ...block, kind: 'caption' as const } : block]
  })
  return { blocks: withStandfirst(dropPageTail(story, removed), knownTitle), byline, date }
}

// A page's standfirst is often set as a heading under the title ("The Web and cable star has
// achieved fame by targeting nerdy guys…"): a heading as long as a sentence, first in the story.
const MIN_STANDFIRST_WORDS = 10

function withStandfirst(blocks: Block[], knownTitle: string | null): Block[] {
  // Pictures above the headline and standfirst are passed over.
  const words = blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.kind !== 'image')
  const titled = knownTitle !== null && words[0]?.block.kind === 'heading' && sameTitle(words[0].block.text, knownTitle) ? 1 : 0
  // A headline followed by nothing but pictures has no standfirst.
  if (words[titled] === undefined) return blocks
  const first = words[titled].index
  const block = blocks[first]
  if (block?.kind !== 'heading' || wordsIn(block.text) < MIN_STANDFIRST_WORDS) return blocks
  return blocks.map((each, index) => (index === first ? { ...each, kind: 'summary' as const } : each))
}

const wordsIn = (text: string): number => text.split(' ').length

// What stands above the title is the site's: menu words and links ("Home", "Tech", "Markets"…),
// with perhaps a line inviting sign-up, but no paragraph of a story.
const MAX_MENU_BLOCKS = 40
const MAX_MENU_NOTE_WORDS = 15
const MIN_MENU_SHARE = 0.8

function isMenu(blocks: readonly Block[]): boolean {
  const isMenuWord = (block: Block): boolean =>
    (block.kind === 'paragraph' || block.kind === 'list-item') && wordsIn(textWithoutItemNumber(block)) <= MAX_CHROME_WORDS
  const isNote = (block: Block): boolean => block.kind === 'paragraph' && wordsIn(block.text) <= MAX_MENU_NOTE_WORDS
  return blocks.every((block) => isMenuWord(block) || isNote(block)) && blocks.filter(isMenuWord).length >= blocks.length * MIN_MENU_SHARE
}

// "By Felix Gillette", "By Richard Lawler posted Aug 18th 2010 7:30PM"; not "By 2030, the city…"
// or "By the time the ferry came…": what follows "By" must be names.
function bylineNames(text: string): string | null {
  if (!/^(?:by|par|por)\s/i.test(text) || wordsIn(text) > 15) return null
  const names = cleanBylineValue(text)
  if (names === null) return null
  const words = names.split(/[\s,]+/).filter((word) => word !== '' && !/^(?:and|et|y|&)$/i.test(word))
  return words.length > 0 && words.length <= 8 && words.every((word) => /^\p{Lu}/u.test(word)) ? names : null
}

// Picture credits in lines of their own: "US Navy / Getty Images", "Courtesy of G4", "Illustration
// by Mike Nudelman", "(Credit: Marguerite Reardon/CNET)". Agencies are matched as written and after
// a slash ("Advanced Placement (AP)" and "Environmental Protection Agency (EPA)" are no credits).
const CREDIT_LABEL =
  /^(?:\(?(?:photo|image|picture)?\s*credits?\s*:[^)]*\)?|(?:photos?|illustrations?|images?|pictures?)\s+(?:by|courtesy of)\s+\p{Lu}.*|courtesy of\s+\p{Lu}.*)$/iu
const AGENCY_CREDIT =
  /^\p{Lu}[^.!?]*\s(?:\/\s*(?:Getty Images|Reuters|AFP|AP|AP Photo|AFP Photo|Associated Press|Shutterstock|EPA)|\((?:Getty Images|Reuters|Shutterstock)\))$/u
const MAX_CREDIT_WORDS = 12

/** Whether a short line is a picture credit (and no sentence: "Courtesy matters." is none). */
export function isCreditLine(line: string): boolean {
  return wordsIn(line) <= MAX_CREDIT_WORDS && !/[.!?]$/.test(line) && (CREDIT_LABEL.test(line) || AGENCY_CREDIT.test(line))
}
