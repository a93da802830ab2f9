// "Use original text": the file's decoded text as the article, split into paragraphs and
// otherwise untouched, so nothing cleaning removed is missing.
import type { Block } from '../model/document'

/** Paragraph blocks of `text`: split at blank lines, or at line breaks when the text has no blank lines. */
export function originalTextBlocks(text: string): Block[] {
  const normalized = text.replace(/\r\n?/g, '\n')
  const separator = /\n[ \t]*\n/.test(normalized) ? /\n[ \t]*\n+/ : /\n/
  return normalized
    .split(separator)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ kind: 'paragraph', text: paragraph }))
}
