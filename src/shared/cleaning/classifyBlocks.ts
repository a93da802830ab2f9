// Plain text has no markup, so a paragraph's role is read from its shape: photo
// captions end with a credit, headings are short lines without final punctuation.
import type { Block, BlockKind } from '../model/document'

const PHOTO_CREDIT = /\((?:photo|photos|file photo|illustrative photo|illustration|image|source|video)\s*:[^)]*\)\.?$/i
const PHOTO_LABEL = /^(?:photos?|images?|illustrations?)\s*:/i
// "Rishi Sunak at Downing Street on Monday. Photograph: Toby Melville/Reuters", as a news site
// credits its pictures: a short line whose credit names people or agencies ("J. Scott
// Applewhite/AP"), not a sentence's words ("Video: 4K at 60 frames", "Image: inserts a picture").
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}.'’-]*`
const CREDIT_AFTER_SENTENCE = new RegExp(
  String.raw`[.!?]["”’]?\s+(?:[Pp]hotograph|[Pp]hoto|[Ii]llustration|[Cc]omposite|[Ii]mage|[Vv]ideo)s?\s*:\s*${CREDIT_NAME}(?:(?:\s+|\s*[/&,]\s*)(?:${CREDIT_NAME}|via|for|and|de|van|von|da|di))*\.?$`,
  'u'
)
const MAX_CAPTION = 250
const BULLET = /^[-•*▪◦‣]\s+/
const NUMBERED = /^\d{1,2}[.)]\s+\S/
const FINAL_PUNCTUATION = /[.!?;:,…"”’)\]]$/
const MAX_HEADING_WORDS = 16
const MAX_HEADING_LENGTH = 120

/** Whether a line ends with a photo credit or starts with a photo label, i.e. is a caption. */
export function isCaption(line: string): boolean {
  return PHOTO_CREDIT.test(line) || PHOTO_LABEL.test(line) || (line.length <= MAX_CAPTION && CREDIT_AFTER_SENTENCE.test(line))
}

// As line.split(' ').length, without building the array for every line of an import.
function spaceSeparatedCount(line: string): number {
  let count = 1
  for (let index = line.indexOf(' '); index >= 0; index = line.indexOf(' ', index + 1)) count++
  return count
}

/** Whether a line looks like a heading: short, capitalised, several words, no final punctuation. */
export function isHeadingLike(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH) return false
  const words = spaceSeparatedCount(line)
  return words >= 2 && words <= MAX_HEADING_WORDS && /^[\p{Lu}\p{N}]/u.test(line) && !FINAL_PUNCTUATION.test(line) && !isCaption(line)
}

/** Gives each paragraph its structural role; a heading must have text after it. */
export function classifyBlocks(paragraphs: readonly string[]): Block[] {
  return paragraphs.map((text, index) => {
    const isLast = index === paragraphs.length - 1
    if (BULLET.test(text)) return { kind: 'list-item', text: text.replace(BULLET, '') }
    return { kind: kindOf(text, isLast), text }
  })
}

function kindOf(text: string, isLast: boolean): BlockKind {
  if (isCaption(text)) return 'caption'
  if (NUMBERED.test(text) && text.length < 300) return 'list-item'
  if (isWhollyQuoted(text)) return 'quote'
  if (!isLast && isHeadingLike(text)) return 'heading'
  return 'paragraph'
}

function isWhollyQuoted(text: string): boolean {
  return /^[“"].*[”"]$/u.test(text) && (text.match(/[“”"]/g) ?? []).length === 2
}
