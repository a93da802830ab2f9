// Scraped articles start (and sometimes end) with CMS fields: "ID :" and its number, an
// author, a date, a byline, a credit. These become metadata and leave the body.
import type { Removal } from '../model/document'
import { readBylineLine } from './bylines'
import { findDateLine } from './parseDates'

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

/** Reads metadata fields from the first lines (and bylines or credits from the last) and removes them. */
export function extractHeaderMetadata(lines: readonly string[], options: { dayFirst?: boolean } = {}): HeaderMetadata {
  const dayFirst = options.dayFirst ?? false
  const found = emptyHeader()
  const remove = (line: string, kind = 'header'): void => {
    if (line !== '') found.removed.push({ kind, text: line })
  }
  let index = 0
  let headerLines = 0
  // In a file whose header is double-spaced ("Author:", "", "Nguyen Van Hung") a field's value sits
  // past one blank line; in a single-spaced one, a blank line ends the field ("Auther :", "", title).
  const doubleSpaced = (lines[0] ?? '') !== '' && lines[1] === '' && (lines[2] ?? '') !== ''
  while (index < lines.length && headerLines < MAX_HEADER_LINES) {
    const line = lines[index] ?? ''
    if (line === '') {
      index++
      continue
    }
    const gap = doubleSpaced && lines[index + 1] === '' ? 1 : 0
    const consumed = readHeaderField(line, lines[index + 1 + gap] ?? '', found, dayFirst)
    if (consumed === 0) {
      // "The River Came Back", "By Jane Smith", "March 5": a title line with its fields below it,
      // or below the standfirst under it, as a page copied from a news site has them.
      if (headerLines > 0 || found.title !== null || line.length > MAX_TITLE_LINE) break
      const standfirstAt = fieldFollows(lines, index + 1) ? -1 : HEADLINE_END.test(line) ? null : standfirstBeforeFields(lines, index + 1)
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
    remove(line)
    if (consumed === 2) remove(lines[index + 1 + gap] ?? '')
    index += consumed === 2 ? 2 + gap : 1
    headerLines++
  }
  const body = lines.slice(index)
  let end = body.length
  while (end > 0) {
    const line = body[end - 1] ?? ''
    if (line === '') {
      end--
      continue
    }
    const byline = readBylineLine(line)
    const source = SOURCE_FIELD.exec(line)
    if (byline === null && source === null) break
    if (byline?.role === 'author') found.byline ??= byline.names
    if (source !== null) found.source ??= (source[1] ?? '').trim()
    remove(line, byline !== null ? 'byline' : 'header')
    end--
  }
  found.lines = found.standfirst !== null ? [found.standfirst, '', ...body.slice(0, end)] : body.slice(0, end)
  return found
}

function emptyHeader(): HeaderMetadata {
  return { lines: [], title: null, byline: null, publishedAt: null, publishedPartial: null, source: null, standfirst: null, removed: [] }
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
function standfirstBeforeFields(lines: readonly string[], from: number): number | null {
  let at = from
  while (at < lines.length && lines[at] === '') at++
  const line = lines[at] ?? ''
  if (line.length < MIN_STANDFIRST || line.length > MAX_STANDFIRST) return null
  if (readHeaderField(line, lines[at + 1] ?? '', emptyHeader(), false) !== 0) return null
  return fieldFollows(lines, at + 1) && namesPersonFirst(lines, at + 1) ? at : null
}

// Whether the first field after `from` is a byline naming a person: two to five words, capitalised but for particles.
function namesPersonFirst(lines: readonly string[], from: number): boolean {
  const line = lines.slice(from).find((candidate) => candidate !== '') ?? ''
  const byline = readBylineLine(line)
  const name = byline?.role === 'author' ? (byline.names.split(/,| and /)[0] ?? '').trim() : ''
  const words = name.split(/\s+/)
  // A short particle may stand inside a name ("Sarah van Dijk", "Ana de la Cruz").
  const capitalised = (word: string, place: number): boolean => /^\p{Lu}/u.test(word) || (place > 0 && place < words.length - 1 && word.length <= 3)
  return words.length >= 2 && words.length <= 5 && !NOT_A_NAME.test(words[0]!) && words.every(capitalised)
}

const MAX_TITLE_LINE = 200

// Whether header fields (a byline, a date, "Author: …") follow `from`, with the body after them:
// fields that end a short text ("Body text.", "By …") are its footer, not a header.
function fieldFollows(lines: readonly string[], from: number): boolean {
  const scratch = emptyHeader()
  let fields = 0
  for (let next = from; next < lines.length; next++) {
    const line = lines[next] ?? ''
    if (line === '') continue
    const consumed = readHeaderField(line, lines[next + 1] ?? '', scratch, false)
    if (consumed === 0) return fields > 0
    fields++
    next += consumed - 1
  }
  return false
}

// Returns how many lines the field took (a value may sit on the next line), or 0 when it is not a field.
function readHeaderField(line: string, nextLine: string, found: HeaderMetadata, dayFirst: boolean): number {
  const id = ID_FIELD.exec(line)
  if (id !== null) return (id[1] ?? '') === '' && ID_VALUE.test(nextLine) ? 2 : 1
  const author = AUTHOR_FIELD.exec(line)
  if (author !== null) {
    const value = (author[1] ?? '').trim()
    const nextIsName = value === '' && readBylineLine(`By ${nextLine}`) !== null && nextLine.split(' ').length <= 6
    const names = value !== '' ? value : nextIsName ? nextLine : ''
    if (names !== '') found.byline ??= names
    return nextIsName ? 2 : 1
  }
  const title = TITLE_FIELD.exec(line)
  if (title !== null) {
    found.title ??= (title[1] ?? '').trim()
    return 1
  }
  const source = SOURCE_FIELD.exec(line)
  if (source !== null) {
    found.source ??= (source[1] ?? '').trim()
    return 1
  }
  if (OTHER_FIELD.test(line)) return 1
  const date = findDateLine(line, dayFirst)
  if (date !== null) {
    if (date.iso !== null) found.publishedAt ??= date.iso
    else found.publishedPartial ??= date.partial
    return 1
  }
  const byline = readBylineLine(line)
  if (byline !== null) {
    if (byline.role === 'author') found.byline ??= byline.names
    return 1
  }
  return 0
}
