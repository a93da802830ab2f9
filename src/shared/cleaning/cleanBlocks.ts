// Formats that already have structure (Markdown, HTML) arrive as blocks; they get the same
// text repairs and debris, end-marker and repeat handling as plain text, keeping their kinds.
import type { Block, Removal, Repair } from '../model/document'
import { mergeChanges, noChanges } from './changes'
import { cutAtEndMarker, describeAfterMarker } from './cutAtEndMarker'
import { detectLanguage } from './detectLanguage'
import { isCaption } from './classifyBlocks'
import { isCmsDebris } from './dropCmsDebris'
import { cleanBylineValue } from './metadataByline'
import { dropRepeatedParagraphs } from './dropRepeatedParagraphs'
import { findDateLine, type FoundDate } from './parseDates'
import { firstSentence, shortenToTitle } from './pickTitle'
import { removeJunkCharacters } from './removeJunkCharacters'
import { repairMojibake } from './repairMojibake'
import { splitGluedWords } from './splitGluedWords'
import { collapseWhitespace } from './splitIntoLines'
import { dominantScripts } from './writingScripts'

/** Cleaned blocks, a title guess ('' when none), and the record of what changed. */
export interface CleanedBlocks {
  title: string
  /** A date line's date at the top of the text (ISO), or its partial form when it names no year. */
  publishedAt: string | null
  publishedPartial: string | null
  blocks: Block[]
  removed: Removal[]
  repairs: Repair[]
  warnings: string[]
}

/** Options for cleanBlocks. */
export interface CleanBlocksOptions {
  /** The title the file's metadata gives (front matter, <title>, OPF), if any. */
  knownTitle?: string | null
}

/** Cleans already-structured blocks; a leading heading becomes the title, unless the metadata names another. */
export function cleanBlocks(input: readonly Block[], options: CleanBlocksOptions = {}): CleanedBlocks {
  const changes = noChanges()
  const scripts = dominantScripts(input.map((block) => block.text).join('\n'))
  const repairedText = input.map((block) => {
    const mojibake = repairMojibake(block.text)
    const junk = removeJunkCharacters(mojibake.text, scripts)
    mergeChanges(changes, mojibake)
    mergeChanges(changes, junk)
    return collapseWhitespace(junk.text)
  })
  const cut = cutAtEndMarker(repairedText)
  changes.removed.push(...cut.removed, ...describeAfterMarker(cut.afterMarker))
  const language = detectLanguage(cut.lines.join('\n'))
  const kept: Block[] = []
  cut.lines.forEach((text, index) => {
    const kind = input[index]?.kind ?? 'paragraph'
    if (text === '') return
    if (isCmsDebris(text)) {
      changes.removed.push({ kind: 'cms-debris', text })
      return
    }
    const split = splitGluedWords(text, { useDictionary: language === 'en' })
    changes.repairs.push(...split.repairs)
    kept.push({ kind, text: split.text })
  })
  const { blocks, date } = dropPageChrome(dropRepeatedBlocks(kept, changes.removed), options.knownTitle ?? null, changes.removed)
  const dated = { publishedAt: date?.iso ?? null, publishedPartial: date?.partial ?? null }
  const first = blocks[0]
  // A leading heading that merely repeats the known title goes; a different one is the first section's.
  if (first?.kind === 'heading' && (!options.knownTitle || sameTitle(first.text, options.knownTitle))) {
    changes.removed.push({ kind: 'title', text: first.text })
    return { title: first.text, blocks: blocks.slice(1), ...dated, ...changes, warnings: [] }
  }
  const opening = blocks.find((block) => block.kind === 'paragraph' || block.kind === 'summary')
  return { title: opening === undefined ? '' : shortenToTitle(firstSentence(opening.text)), blocks, ...dated, ...changes, warnings: [] }
}

// What a web page puts around its story that Readability keeps: the site's menu words above a
// heading repeating the title ("Svbtle", "Menu", "September 15, 2014", then the title), a byline
// paragraph at the top ("By Felix Gillette"), and picture credits between paragraphs, which stay
// as captions. Everything dropped is recorded.
const OPENING_BLOCKS = 5
const MAX_CHROME_WORDS = 5

interface PageChrome {
  blocks: Block[]
  /** The date a dateline at the top gave ("Published August 14, 2010"), for pages whose metadata has none. */
  date: FoundDate | null
}

function dropPageChrome(blocks: readonly Block[], knownTitle: string | null, removed: Removal[]): PageChrome {
  let start = 0
  let date: FoundDate | null = null
  const titleAt = knownTitle === null ? -1 : blocks.slice(0, OPENING_BLOCKS).findIndex((block) => block.kind === 'heading' && sameTitle(block.text, knownTitle))
  if (titleAt > 0 && blocks.slice(0, titleAt).every((block) => wordsIn(block.text) <= MAX_CHROME_WORDS)) {
    for (const block of blocks.slice(0, titleAt)) removed.push({ kind: 'cms-debris', text: block.text })
    start = titleAt
  }
  const kept = blocks.slice(start).flatMap((block, index) => {
    const opening = index < OPENING_BLOCKS
    const dateLine = opening && block.kind !== 'list-item' ? findDateLine(block.text) : null
    if (dateLine !== null) {
      date ??= dateLine
      removed.push({ kind: 'header', text: block.text })
      return []
    }
    if (block.kind !== 'paragraph') return [block]
    if (opening && isBylineParagraph(block.text)) {
      removed.push({ kind: 'byline', text: block.text })
      return []
    }
    return [isCaption(block.text) ? { kind: 'caption' as const, text: block.text } : block]
  })
  return { blocks: kept, date }
}

const wordsIn = (text: string): number => text.split(' ').length

// "By Felix Gillette", "By Richard Lawler posted Aug 18th 2010 7:30PM"; not "By 2030, the city…"
// or "By the time the ferry came…": what follows "By" must be names.
function isBylineParagraph(text: string): boolean {
  if (!/^(?:by|par|por)\s/i.test(text) || wordsIn(text) > 15) return false
  const names = cleanBylineValue(text)
  if (names === null) return false
  const words = names.split(/[\s,]+/).filter((word) => word !== '' && !/^(?:and|et|y|&)$/i.test(word))
  return words.length > 0 && words.length <= 8 && words.every((word) => /^\p{Lu}/u.test(word))
}

// Only paragraphs are compared: a heading or list item may legitimately repeat.
function dropRepeatedBlocks(blocks: readonly Block[], removed: Removal[]): Block[] {
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph')
  const repeats = dropRepeatedParagraphs(paragraphs.map((block) => block.text))
  removed.push(...repeats.removed)
  const dropped = new Set(repeats.removed.map((removal) => removal.text))
  const seen = new Set<string>()
  return blocks.filter((block) => {
    if (block.kind !== 'paragraph' || !dropped.has(block.text)) return true
    // The first copy of a repeated paragraph stays.
    if (seen.has(block.text) || !isFirstOfRepeats(block.text, repeats.paragraphs)) return false
    seen.add(block.text)
    return true
  })
}

function isFirstOfRepeats(text: string, keptParagraphs: readonly string[]): boolean {
  return keptParagraphs.includes(text)
}

// "Tide tables" and "Tide tables | Coast News" name the same article; "Introduction" under
// "An Introduction to River Deltas" is a section of it.
function sameTitle(heading: string, title: string): boolean {
  const normal = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim()
  const wanted = normal(heading)
  const full = normal(title)
  return wanted.length > 0 && (wanted === full || full.split(/\s+[|–—·-]\s+|:\s+/).includes(wanted))
}
