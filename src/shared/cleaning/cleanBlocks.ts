// Formats that already have structure (Markdown, HTML) arrive as blocks; they get the same
// text repairs and debris, end-marker and repeat handling as plain text, keeping their kinds.
import type { Block, Removal, Repair } from '../model/document'
import { describeImage } from '../model/images'
import { usableLinks } from '../model/links'
import { mergeChanges, noChanges } from './changes'
import { carrySpans } from './carrySpans'
import { usableCodeSpans, type CodeSpan } from '../model/code-spans'
import { repairAroundCode } from './repairAroundCode'
import { cutAtEndMarker, describeAfterMarker } from './cutAtEndMarker'
import { detectLanguage, writesDayFirst } from './detectLanguage'
import { numericDateOrder, readsDayFirst } from './numericDateOrder'
import { isCmsDebris, isLayoutDebris } from './dropCmsDebris'
import { dropRepeatedParagraphs } from './dropRepeatedParagraphs'
import { dropPageChrome } from './pageChrome'
import { sameTitle } from './sameTitle'
import { firstSentence, shortenToTitle, withoutDateline } from './pickTitle'
import { removeJunkCharacters } from './removeJunkCharacters'
import { repairMojibake } from './repairMojibake'
import { splitGluedWords } from './splitGluedWords'
import { collapseWhitespace } from './splitIntoLines'
import { collapseKeepingSpans } from '../model/spanned-text'
import { dominantScripts } from './writingScripts'

/** Cleaned blocks, a title guess ('' when none), and the record of what changed. */
export interface CleanedBlocks {
  title: string
  /** Names from a byline line at the top of a web page's text. */
  byline: string | null
  /** A date line's date at the top of a web page's text (ISO), or its partial form when it names no year. */
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
  /** Blocks read from a web page, whose menu, byline and date lines around the story are dropped (see pageChrome). */
  webPage?: boolean
  /** False when the title was settled before (cleaning an article again): a leading heading is then a section's. */
  liftTitle?: boolean
  /**
   * True for text its author typed (a Markdown note). Its camel-case names and code ("useState",
   * "MarketWatch") are written as meant, and so, unless it is a page clipped from the web, are lines
   * a CMS leaks into scrapes ("Tags: …", "Share", a lone "X"); lowercase and digit glue is still
   * split, and layout words dropped.
   */
  authored?: boolean
  /** True for a Markdown note clipped from a web page (its front matter names the page): the page's widget lines are debris. */
  clipped?: boolean
}

const CODE_STAND_IN = ' '

/** Cleans already-structured blocks; a leading heading becomes the title, unless the metadata names another. */
export function cleanBlocks(input: readonly Block[], options: CleanBlocksOptions = {}): CleanedBlocks {
  const changes = noChanges()
  const scripts = dominantScripts(input.map((block) => block.text).join('\n'))
  // Code is the author's verbatim: only its encoding is repaired, and it stands in as one space
  // where the steps below read lines (end marker, language), so none of them cuts or reflows it.
  const code = new Map<number, string>()
  // A picture has no text to clean; it keeps its place the same way.
  const images = new Map<number, Block>()
  // Inline code is repaired for its encoding only; its spans, by block, on the text cleaned so far.
  const codeSpans = new Map<number, CodeSpan[]>()
  const repairedText = input.map((block, index) => {
    if (block.kind === 'image') {
      images.set(index, block)
      return CODE_STAND_IN
    }
    if (block.kind === 'code') {
      const mojibake = repairMojibake(block.text)
      mergeChanges(changes, mojibake)
      code.set(index, mojibake.text)
      return CODE_STAND_IN
    }
    const spans = usableCodeSpans(block.text, block.codeSpans)
    if (spans.length === 0) {
      const mojibake = repairMojibake(block.text)
      const junk = removeJunkCharacters(mojibake.text, scripts)
      mergeChanges(changes, mojibake)
      mergeChanges(changes, junk)
      return collapseWhitespace(junk.text)
    }
    const mojibake = repairAroundCode(block.text, spans, { prose: repairMojibake, code: repairMojibake })
    const junk = repairAroundCode(mojibake.text, mojibake.codeSpans, { prose: (prose) => removeJunkCharacters(prose, scripts), withContext: true })
    for (const result of [...mojibake.results, ...junk.results]) mergeChanges(changes, result)
    // Spaces inside code are the author's: a format whose code collapses them (HTML) did so on reading.
    const collapsed = collapseKeepingSpans(junk.text, [], junk.codeSpans, { keepSpacesIn: junk.codeSpans })
    codeSpans.set(index, usableCodeSpans(collapsed.text, collapsed.codeSpans))
    return collapsed.text
  })
  const cut = cutAtEndMarker(repairedText)
  // What follows the marker is recorded as it was, code included (not its stand-in).
  const firstAfter = repairedText.length - cut.afterMarker.length
  const afterMarker = cut.afterMarker.map((text, offset) => code.get(firstAfter + offset) ?? imageRecord(images.get(firstAfter + offset)) ?? text)
  changes.removed.push(...cut.removed, ...describeAfterMarker(afterMarker))
  const language = detectLanguage(cut.lines.join('\n'))
  const documentText = cut.lines.join('\n')
  const kept: Block[] = []
  cut.lines.forEach((text, index) => {
    const kind = input[index]?.kind ?? 'paragraph'
    if (text === '') return
    const image = images.get(index)
    if (image !== undefined) {
      kept.push(image)
      return
    }
    const verbatim = code.get(index)
    if (verbatim !== undefined) {
      kept.push({ kind, text: verbatim })
      return
    }
    const source = input[index]!
    // CMS debris ("leftcenterrightdel", "X", "{keywords}") is stray paragraphs; a heading "Photos",
    // a list item "…", a quoted or inline-code "{{ user.name }}" is the author's.
    if (kind === 'paragraph' && !codeSpans.has(index) && (options.authored && !options.clipped ? isLayoutDebris(text) : isCmsDebris(text))) {
      changes.removed.push({ kind: 'cms-debris', text })
      return
    }
    const splitOptions = { useDictionary: language === 'en', documentText, splitCamelCase: !options.authored }
    const split = repairAroundCode(text, codeSpans.get(index) ?? [], { prose: (prose) => splitGluedWords(prose, splitOptions) })
    for (const result of split.results) changes.repairs.push(...result.repairs)
    const block: Block = { kind, text: split.text }
    const links = usableLinks(split.text, carrySpans(source.text, split.text, source.links))
    if (links.length > 0) block.links = links
    const inlineCode = usableCodeSpans(split.text, split.codeSpans)
    if (inlineCode.length > 0) block.codeSpans = inlineCode
    kept.push(block)
  })
  const unrepeated = dropRepeatedBlocks(kept, changes.removed)
  const story = options.webPage
    ? dropPageChrome(unrepeated, options.knownTitle ?? null, changes.removed, readsDayFirst(numericDateOrder(documentText), writesDayFirst(language)), language)
    : { blocks: unrepeated, byline: null, date: null }
  const { blocks } = story
  const dated = { byline: story.byline, publishedAt: story.date?.iso ?? null, publishedPartial: story.date?.partial ?? null }
  // The first block with words: a logo or photo above the headline does not hide it.
  const leading = Math.max(
    0,
    blocks.findIndex((block) => block.kind !== 'image')
  )
  const first = blocks[leading]
  // A leading heading that merely repeats the known title goes; a different one is the first
  // section's. A note that is nothing but its heading keeps it as its text.
  const liftTitle = options.liftTitle ?? true
  if (liftTitle && first?.kind === 'heading' && blocks.length > leading + 1 && (!options.knownTitle || sameTitle(first.text, options.knownTitle))) {
    changes.removed.push({ kind: 'title', text: first.text })
    return { title: first.text, blocks: blocks.filter((_, index) => index !== leading), ...dated, ...changes, warnings: [] }
  }
  const opening = blocks.find((block) => block.kind === 'paragraph' || block.kind === 'summary')
  const title = opening !== undefined ? shortenToTitle(firstSentence(withoutDateline(opening.text))) : first?.kind === 'heading' ? first.text : ''
  return { title, blocks, ...dated, ...changes, warnings: [] }
}

// A picture cut with the teasers after an end marker is recorded by what it showed.
function imageRecord(block: Block | undefined): string | undefined {
  return block && describeImage(block.image)
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
