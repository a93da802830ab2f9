// User and article text must survive a trip through Markdown renderers (CommonMark, Obsidian,
// Logseq) as the same text: a stray `*`, `#tag` or `==` would otherwise become formatting.

// Inline characters that start formatting anywhere in a line; `#` makes Obsidian tags, `=` marks
// highlights, `$` maths and `^` block ids, so they are escaped too. All are ASCII punctuation,
// which CommonMark lets a backslash escape.
const INLINE_SPECIALS = /[\\`*_[\]<>#|~=$^]|&(?=#?[a-z0-9]+;)|%(?=%)/gi
// Characters that only matter at the start of a line (list markers, ordered-list numbers).
const LINE_START_LIST = /^(\s*)([-+])(?=\s|$)/
const LINE_START_ORDERED = /^(\s*\d{1,9})([.)])(?=\s|$)/

/** Escapes text so Markdown renders it literally, line by line. */
export function escapeMarkdown(text: string): string {
  if (text === '') return ''
  return escapeLineStarts(escapeInlineMarkdown(text))
}

/** Escapes characters that format anywhere in a line; for text that is only part of a line. */
export function escapeInlineMarkdown(text: string): string {
  return text.replace(INLINE_SPECIALS, (special) => `\\${special}`)
}

/** Escapes list markers at the start of each line of already inline-escaped text. */
export function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(LINE_START_LIST, '$1\\$2').replace(LINE_START_ORDERED, '$1\\$2'))
    .join('\n')
}

/** Prefixes every line with `> ` so multi-line text stays inside one blockquote. */
export function asBlockquote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}
