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
