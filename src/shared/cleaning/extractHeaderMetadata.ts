// Scraped articles start (and sometimes end) with CMS fields: "ID :" and its number, an
// author, a date, a byline, a credit. These become metadata and leave the body.
import type { Removal } from '../model/document'
import { readBylineLine } from './bylines'
import { readClosingSignature } from './closingSignature'
import { isCaption } from './classifyBlocks'
import { isPageFurniture } from './pageFurniture'
import { maySectionHead } from './sectionLabel'
import { readUnlabelledField, type FieldPlace } from './unlabelledFields'
import { findDateLine, hasTimeZone, isRelativeDateLine, type FoundDate } from './parseDates'

/** Metadata read from header and footer lines, and the lines that remain. */
export interface HeaderMetadata {
  lines: string[]
  title: string | null
  byline: string | null
  publishedAt: string | null
  publishedPartial: string | null
  source: string | null
  /** A paragraph between the title line and the byline naming its author: the standfirst, kept as the body's first line. */
  standfirst: string | null
  removed: Removal[]
}

const ID_FIELD = /^(?:id|article id|story id|post id)\s*:\s*(.*)$/i
const AUTHOR_FIELD = /^(?:author|auther|authors|writer|reporter)\s*:\s*(.*)$/i
const TITLE_FIELD = /^(?:title|headline)\s*:\s*(.+)$/i
const SOURCE_FIELD = /^(?:source|agency)\s*:\s*(.+)$/i
const OTHER_FIELD = /^(?:category|categories|section|tags?|keywords?|url|link|lang|language)\s*:.*$/i
const ID_VALUE = /^[\w-]{1,40}$/u
// Header fields are few; a long run of them means we misread the body.
const MAX_HEADER_LINES = 12

/** How a text writes its fields: dates day first or not, and its language's labels. */
export interface HeaderReading {
  dayFirst?: boolean
  /** The text's language ('fr', 'de', …): its byline labels and date words are read too. */
  language?: string | null
}

/** Reads metadata fields from the first lines (and bylines or credits from the last) and removes them. */
export function extractHeaderMetadata(lines: readonly string[], options: HeaderReading = {}): HeaderMetadata {
  const reading: Reading = { dayFirst: options.dayFirst ?? false, language: options.language ?? null }
  const found = emptyHeader()
  const remove = (line: string, kind = 'header'): void => {
    if (line !== '') found.removed.push({ kind, text: line })
  }
  let index = 0
  let headerLines = 0
  // In a file whose header is double-spaced ("Author:", "", "Nguyen Van Hung") a field's value sits
  // past one blank line; in a single-spaced one, a blank line ends the field ("Auther :", "", title).
  const doubleSpaced = (lines[0] ?? '') !== '' && lines[1] === '' && (lines[2] ?? '') !== ''
  let lastField: FieldPlace['under'] = null
  let sectionPassed = false
  const captions: string[] = []
  while (index < lines.length && headerLines < MAX_HEADER_LINES) {
    const line = lines[index] ?? ''
    if (line === '') {
      index++
      lastField = null
      continue
    }
    const gap = doubleSpaced && lines[index + 1] === '' ? 1 : 0
    // Fields without a label stand below a headline; a first line is the headline itself.
    const field: Field | null =
      headerLines > 0 || found.title !== null
        ? readField(lines, index, gap, found, reading, lastField)
        : readHeaderField(line, lines[index + 1 + gap] ?? '', found, reading)
    if (field === null) {
      // "The River Came Back", "By Jane Smith", "March 5": a title line with its fields below it,
      // or below the standfirst under it, as a page copied from a news site has them.
      if (headerLines > 0 || found.title !== null || line.length > MAX_TITLE_LINE) break
      // "Conservatives" above "Sunak faces fresh pressure…": the section a news page files the story under.
      if (!sectionPassed && isSectionAbove(lines, index, reading)) {
        sectionPassed = true
        remove(line)
        index++
        continue
      }
      const standfirstAt = fieldsUnderTitle(lines, index, reading)
      if (standfirstAt === null) break
      found.title = line
      remove(line, 'title')
      index++
      headerLines++
      if (standfirstAt >= 0) {
        found.standfirst = lines[standfirstAt]!
        index = standfirstAt + 1
      }
      continue
    }
    if (field.kind === 'caption') captions.push(line)
    else remove(line)
    if (field.lines === 2) remove(lines[index + 1 + gap] ?? '')
    index += field.lines === 2 ? 2 + gap : 1
    headerLines++
    if (field.kind !== 'furniture' && field.kind !== 'caption') lastField = field.kind
  }
  const body = lines.slice(index)
  let end = body.length
  let lastLine = true
  while (end > 0) {
    const line = body[end - 1] ?? ''
    if (line === '') {
      end--
      continue
    }
    const byline = readBylineLine(line, reading.language)
    const source = SOURCE_FIELD.exec(line)
    // Only the very last line may sign without a label ("Vũ Anh (theo Reuters)"), and with names
    // the story does not speak of (a last line "Hàng Bạc" it names is a street, not its writer).
    const signed = byline === null && source === null && lastLine ? readClosingSignature(line, reading.language) : null
    const names = signed?.names ?? null
    const closing = names !== null && body.slice(0, end - 1).some((text) => text.includes(names)) ? null : signed
    lastLine = false
    if (byline === null && source === null && closing === null) break
    if (byline?.role === 'author') found.byline ??= byline.names
    if (closing?.names) found.byline ??= closing.names
    if (source !== null) found.source ??= (source[1] ?? '').trim()
    if (closing?.source) found.source ??= closing.source
    remove(line, byline !== null || closing?.names ? 'byline' : 'header')
    end--
  }
  const lead = [...(found.standfirst !== null ? [found.standfirst] : []), ...captions].flatMap((line) => [line, ''])
  found.lines = [...lead, ...body.slice(0, end)]
  return found
}

function emptyHeader(): HeaderMetadata {
  return { lines: [], title: null, byline: null, publishedAt: null, publishedPartial: null, source: null, standfirst: null, removed: [] }
}

// Whether the line at `at` is a section's name over a headline that has its fields under it.
function isSectionAbove(lines: readonly string[], at: number, reading: Reading): boolean {
  const headline = lines[at + 1] ?? ''
  if (!maySectionHead(lines[at] ?? '', headline) || headline.length > MAX_TITLE_LINE || HEADLINE_END.test(headline)) return false
  // Under a title, the byline ("Par Jean Dupont") is a field, not a headline.
  if (readField(lines, at + 1, 0, emptyHeader(), reading, null) !== null) return false
  return fieldsUnderTitle(lines, at + 1, reading) !== null
}

// Whether the line at `at` is a title with fields under it: -1 when they follow at once, the
// standfirst's index when one stands between, null when the line is no title.
function fieldsUnderTitle(lines: readonly string[], at: number, reading: Reading): number | null {
  if (fieldFollows(lines, at + 1, reading)) return -1
  return HEADLINE_END.test(lines[at] ?? '') ? null : standfirstBeforeFields(lines, at + 1, reading)
}

// A standfirst is a sentence or two, longer than a field and shorter than most paragraphs.
const MIN_STANDFIRST = 40
const MAX_STANDFIRST = 400

// A headline ends without a full stop, comma or colon: a line that does is a sentence or a salutation.
const HEADLINE_END = /[.,;:]$/
// Words that open a heading, not a person's name ("By The Numbers", "By Our Reporter").
const NOT_A_NAME = /^(?:the|a|an|our|your|this|that)$/i

// The index of a standfirst line at `from` (past blank lines) with the fields of a news page and
// then the body after it, or null when there is none. Those fields name a person ("By Sarah
// Chen"): a date alone under a paragraph is a diary's or a programme's heading.
function standfirstBeforeFields(lines: readonly string[], from: number, reading: Reading): number | null {
  let at = from
  while (at < lines.length && lines[at] === '') at++
  const line = lines[at] ?? ''
  if (line.length < MIN_STANDFIRST || line.length > MAX_STANDFIRST) return null
  if (readHeaderField(line, lines[at + 1] ?? '', emptyHeader(), reading) !== null) return null
  return fieldFollows(lines, at + 1, reading) && namesPersonFirst(lines, at + 1, reading) ? at : null
}

// Whether the first field after `from` is a byline naming a person: two to five words, capitalised but for particles.
function namesPersonFirst(lines: readonly string[], from: number, reading: Reading): boolean {
  const at = lines.findIndex((candidate, index) => index >= from && candidate !== '' && !isPageFurniture(candidate) && !isCaption(candidate))
  const line = lines[at] ?? ''
  const unlabelled = readUnlabelledField(placeOf(lines, at, 0, null, reading))
  if (unlabelled?.kind === 'byline') return true
  const byline = readBylineLine(line, reading.language)
  const name = byline?.role === 'author' ? (byline.names.split(/,| and /)[0] ?? '').trim() : ''
  const words = name.split(/\s+/)
  // A short particle may stand inside a name ("Sarah van Dijk", "Ana de la Cruz").
  const capitalised = (word: string, place: number): boolean => /^\p{Lu}/u.test(word) || (place > 0 && place < words.length - 1 && word.length <= 3)
  return words.length >= 2 && words.length <= 5 && !NOT_A_NAME.test(words[0]!) && words.every(capitalised)
}

const MAX_TITLE_LINE = 200

// Whether header fields (a byline, a date, "Author: …") follow `from`, with the body after them:
// fields that end a short text ("Body text.", "By …") are its footer, not a header.
function fieldFollows(lines: readonly string[], from: number, reading: Reading): boolean {
  const scratch = emptyHeader()
  let fields = 0
  let lastField: FieldPlace['under'] = null
  for (let next = from; next < lines.length; next++) {
    const line = lines[next] ?? ''
    if (line === '') {
      lastField = null
      continue
    }
    const field = readField(lines, next, 0, scratch, reading, lastField)
    if (field === null) return fields > 0
    if (field.kind === 'furniture' || field.kind === 'caption') continue
    fields++
    next += field.lines - 1
    lastField = field.kind
  }
  return false
}

function placeOf(lines: readonly string[], at: number, gap: number, under: FieldPlace['under'], reading: Reading): FieldPlace {
  return {
    line: lines[at] ?? '',
    nextLine: lines[at + 1 + gap] ?? '',
    under,
    dateAfter: (taken) => dateFollows(lines, at + taken, reading),
    stampAfter: (taken) => isNewsStamp(findDateLine(lineFrom(lines, at + taken), reading.dayFirst, reading.language)),
    lineAfter: (taken) => lineFrom(lines, at + taken)
  }
}

// A news page stamps its story with the date, the time and its zone ("Tue 5 Mar 2024 10.14 GMT").
const isNewsStamp = (date: FoundDate | null): boolean => date !== null && date.iso?.includes('T') === true && hasTimeZone(date.matched)

const lineFrom = (lines: readonly string[], from: number): string => lines.find((candidate, index) => index >= from && candidate !== '') ?? ''

// Whether the next line that is not blank states a date ("Published" over it passed over).
function dateFollows(lines: readonly string[], from: number, reading: Reading): boolean {
  const line = lines.find((candidate, index) => index >= from && candidate !== '' && !isPageFurniture(candidate)) ?? ''
  return findDateLine(line, reading.dayFirst, reading.language) !== null || isRelativeDateLine(line)
}

type Reading = Required<HeaderReading>

/** What a header line was: a byline (its outlet may follow), a date, another field, or the page's furniture among them. */
type FieldKind = 'byline' | 'date' | 'field' | 'furniture' | 'caption'

interface Field {
  kind: FieldKind
  /** How many lines it took: a value may sit on the next line. */
  lines: 1 | 2
}

// Reads one header field into `found`; null when the line is not one.
function readHeaderField(line: string, nextLine: string, found: HeaderMetadata, reading: Reading): Field | null {
  const id = ID_FIELD.exec(line)
  if (id !== null) return { kind: 'field', lines: (id[1] ?? '') === '' && ID_VALUE.test(nextLine) ? 2 : 1 }
  const author = AUTHOR_FIELD.exec(line)
  if (author !== null) {
    const value = (author[1] ?? '').trim()
    const nextIsName = value === '' && readBylineLine(`By ${nextLine}`) !== null && nextLine.split(' ').length <= 6
    const names = value !== '' ? value : nextIsName ? nextLine : ''
    if (names !== '') found.byline ??= names
    return { kind: 'byline', lines: nextIsName ? 2 : 1 }
  }
  const title = TITLE_FIELD.exec(line)
  if (title !== null) {
    found.title ??= (title[1] ?? '').trim()
    return { kind: 'field', lines: 1 }
  }
  const source = SOURCE_FIELD.exec(line)
  if (source !== null) {
    found.source ??= (source[1] ?? '').trim()
    return { kind: 'field', lines: 1 }
  }
  if (OTHER_FIELD.test(line)) return { kind: 'field', lines: 1 }
  const date = findDateLine(line, reading.dayFirst, reading.language)
  if (date !== null) {
    if (date.iso !== null) found.publishedAt ??= date.iso
    else found.publishedPartial ??= date.partial
    return { kind: 'date', lines: 1 }
  }
  if (isRelativeDateLine(line)) return { kind: 'date', lines: 1 }
  const byline = readBylineLine(line, reading.language)
  if (byline !== null) {
    if (byline.role === 'author') found.byline ??= byline.names
    return { kind: 'byline', lines: 1 }
  }
  return null
}

// A labelled field, else one a news page sets without a label below its headline (unlabelledFields).
function readField(lines: readonly string[], at: number, gap: number, found: HeaderMetadata, reading: Reading, under: FieldPlace['under']): Field | null {
  const line = lines[at] ?? ''
  // Below a headline only: a first line "Listen" is a poem's title.
  if (isPageFurniture(line)) return { kind: 'furniture', lines: 1 }
  // The lead picture's caption, between the standfirst and the byline: the body's, kept.
  if (isCaption(line)) return { kind: 'caption', lines: 1 }
  const nextLine = lines[at + 1 + gap] ?? ''
  const labelled = readHeaderField(line, nextLine, found, reading)
  if (labelled !== null) return labelled
  const unlabelled = readUnlabelledField(placeOf(lines, at, gap, under, reading))
  if (unlabelled === null) return null
  if (unlabelled.kind === 'byline') found.byline ??= unlabelled.names
  if (unlabelled.kind === 'source') found.source ??= unlabelled.name
  // A role belongs to the byline above it: the outlet may still follow.
  return { kind: unlabelled.kind === 'source' ? 'field' : 'byline', lines: unlabelled.kind === 'byline' ? unlabelled.lines : 1 }
}
