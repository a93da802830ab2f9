import { spacesInsideCode, type CodeSpan } from '../model/code-spans'

// Plain-text articles put one paragraph on each line; blank lines only separate them.
// This turns the text into tidy lines, keeping blanks so headers can see where a field is empty.

/** The text's lines with runs of spaces (including no-break spaces and tabs) collapsed and ends trimmed. */
export function splitIntoLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map(collapseWhitespace)
}

// Two spaces in a row, any other whitespace character, or a space at either end.
const NEEDS_COLLAPSING = / {2}|[^\S ]|^ | $/u

/** One line with every run of whitespace made a single space and the ends trimmed. */
export function collapseWhitespace(line: string): string {
  if (!NEEDS_COLLAPSING.test(line)) return line
  return line.replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu, ' ').trim()
}

const COLLAPSIBLE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u

/** As collapseWhitespace, but the spaces inside inline code (`ls  -la`) are the code's own and stay, each a space. */
export function collapseOutsideCode(line: string, codeSpans: readonly CodeSpan[]): string {
  if (codeSpans.length === 0) return collapseWhitespace(line)
  const inside = spacesInsideCode(line, codeSpans)
  let text = ''
  let spaceOwed = false
  for (let index = 0; index < line.length; index++) {
    const character = line[index]!
    if (inside[index] === 1) text += ' '
    else if (COLLAPSIBLE.test(character)) {
      spaceOwed = text.length > 0
      continue
    } else {
      if (spaceOwed) text += ' '
      text += character
    }
    spaceOwed = false
  }
  return text
}
