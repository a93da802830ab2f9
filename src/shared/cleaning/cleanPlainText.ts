// The whole pipeline for a scraped plain-text article: repair encoding and junk, cut at
// the end marker, lift header metadata, drop debris and repeats, split glued words, find structure.
import type { CleanedText } from './cleanedText'
import { mergeChanges, noChanges } from './changes'
import { readBylineLine } from './bylines'
import { dropTrailingCredits } from './trailingCredits'
import { dropPastedPageMenus } from './pastedPageMenus'
import { classifyBlocks } from './classifyBlocks'
import { cutAtEndMarker, describeAfterMarker } from './cutAtEndMarker'
import { readDateline } from './datelines'
import { detectLanguage, writesDayFirst } from './detectLanguage'
import { dropCmsDebris } from './dropCmsDebris'
import { dropRepeatedParagraphs } from './dropRepeatedParagraphs'
import { extractHeaderMetadata } from './extractHeaderMetadata'
import { markSummary } from './markSummary'
import { numericDateOrder, readsDayFirst } from './numericDateOrder'
import { linkWrittenAddresses } from './linkAddresses'
import { findDate } from './parseDates'
import { pickTitle } from './pickTitle'
import { removeJunkCharacters } from './removeJunkCharacters'
import { repairMojibake } from './repairMojibake'
import { splitGluedWords } from './splitGluedWords'
import { splitIntoLines } from './splitIntoLines'
import { dominantScripts } from './writingScripts'

/** Options for cleanPlainText. */
export interface CleanPlainTextOptions {
  /** The file's name, the title of last resort. */
  fileName?: string
}

/** Cleans one scraped plain-text article into titled, classified blocks, recording every removal and repair. */
export function cleanPlainText(text: string, options: CleanPlainTextOptions = {}): CleanedText {
  const changes = noChanges()
  const warnings: string[] = []
  const mojibake = repairMojibake(text)
  mergeChanges(changes, mojibake)
  const scripts = dominantScripts(mojibake.text)
  const junk = removeJunkCharacters(mojibake.text, scripts)
  mergeChanges(changes, junk)

  const cut = cutAtEndMarker(splitIntoLines(junk.text))
  const trailingBylines = cut.afterMarker.filter((line) => readBylineLine(line) !== null)
  changes.removed.push(...cut.removed, ...describeAfterMarker(cut.afterMarker.filter((line) => readBylineLine(line) === null)))
  // Debris goes first, so a stray `X` or CMS marker cannot hide the byline lines behind it. Blank
  // lines stay until the header is read: a field's value may sit on the next line, never past a blank one.
  const debris = dropCmsDebris([...cut.lines, ...trailingBylines])
  changes.removed.push(...debris.removed)
  const page = dropPastedPageMenus(debris.lines)
  changes.removed.push(...page.removed)
  // Read off the whole text before its header: the language says how the header writes dates.
  const language = detectLanguage(page.lines.filter((line) => line !== '').join('\n'), scripts)
  const dayFirst = readsDayFirst(numericDateOrder(junk.text), writesDayFirst(language))
  const header = extractHeaderMetadata(page.lines, { dayFirst, language })
  changes.removed.push(...header.removed)
  const credits = dropTrailingCredits(header.lines.filter((line) => line !== ''))
  changes.removed.push(...credits.removed)
  const bodyLines = credits.lines
  const documentText = bodyLines.join('\n')
  const repaired = bodyLines.map((paragraph) => {
    const split = splitGluedWords(paragraph, { useDictionary: language === 'en', documentText })
    changes.repairs.push(...split.repairs)
    return split.text
  })
  const dateline =
    repaired
      .slice(0, 5)
      .map(readDateline)
      .find((found) => found !== null) ?? null

  const repeats = dropRepeatedParagraphs(repaired)
  changes.removed.push(...repeats.removed)
  const title = pickTitle(header.title, repeats.paragraphs, options.fileName)
  if (title.usedFirstParagraph) changes.removed.push({ kind: 'title', text: title.title })
  const body = title.usedFirstParagraph ? repeats.paragraphs.slice(1) : repeats.paragraphs
  const setApart = header.standfirst !== null && !title.usedFirstParagraph
  const blocks = markSummary(classifyBlocks(body), setApart).map(linkWrittenAddresses)

  const publishedPartial = header.publishedAt !== null ? null : (header.publishedPartial ?? dateline?.date ?? leadDate(blocks.map((block) => block.text)))
  if (publishedPartial !== null && header.publishedPartial === null && dateline?.date == null) {
    warnings.push(`The publication date is taken from the date the lead mentions (${publishedPartial}).`)
  }
  return {
    title: title.title,
    byline: header.byline,
    publishedAt: header.publishedAt,
    publishedPartial,
    source: header.source ?? dateline?.agency ?? null,
    language,
    blocks,
    removed: changes.removed,
    repairs: changes.repairs,
    warnings
  }
}

// Wire leads report the event "on April 14"; without a header date that is the best partial date there is.
function leadDate(paragraphs: readonly string[]): string | null {
  const lead = paragraphs.find((paragraph) => readDateline(paragraph) !== null) ?? paragraphs[0]
  if (lead === undefined) return null
  const found = findDate(lead)
  return found === null || found.iso !== null ? null : found.partial
}
