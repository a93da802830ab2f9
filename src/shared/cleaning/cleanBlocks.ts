// Formats that already have structure (Markdown, HTML) arrive as blocks; they get the same
// text repairs and debris, end-marker and repeat handling as plain text, keeping their kinds.
import type { Block, Removal, Repair } from '../model/document'
import { mergeChanges, noChanges } from './changes'
import { cutAtEndMarker, describeAfterMarker } from './cutAtEndMarker'
import { detectLanguage } from './detectLanguage'
import { isCmsDebris } from './dropCmsDebris'
import { dropRepeatedParagraphs } from './dropRepeatedParagraphs'
import { firstSentence, shortenToTitle } from './pickTitle'
import { removeJunkCharacters } from './removeJunkCharacters'
import { repairMojibake } from './repairMojibake'
import { splitGluedWords } from './splitGluedWords'
import { collapseWhitespace } from './splitIntoLines'
import { dominantScripts } from './writingScripts'

/** Cleaned blocks, a title guess ('' when none), and the record of what changed. */
export interface CleanedBlocks {
  title: string
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
  const blocks = dropRepeatedBlocks(kept, changes.removed)
  const first = blocks[0]
  // A leading heading that merely repeats the known title goes; a different one is the first section's.
  if (first?.kind === 'heading' && (!options.knownTitle || sameTitle(first.text, options.knownTitle))) {
    changes.removed.push({ kind: 'title', text: first.text })
    return { title: first.text, blocks: blocks.slice(1), ...changes, warnings: [] }
  }
  const opening = blocks.find((block) => block.kind === 'paragraph' || block.kind === 'summary')
  return { title: opening === undefined ? '' : shortenToTitle(firstSentence(opening.text)), blocks, ...changes, warnings: [] }
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
