// Code written into Markdown (an article's code, a note's code) must come back as the same text:
// its backticks must outnumber any run of them inside, and its spaces must survive the one
// space Markdown takes off each end of a code span.

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
}

/** Inline code as a Markdown code span; a line break inside it reads as a space, as Markdown reads it. */
export function markdownCodeSpan(code: string): string {
  const ticks = '`'.repeat(longestBacktickRun(code) + 1)
  const text = code.replace(/\n/g, ' ')
  // A space keeps a backtick at either end from joining the ticks, and keeps spaces at both ends.
  const padded = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ` ${text} ` : text
  return `${ticks}${padded}${ticks}`
}

/** A fenced code block, with an optional info string (its language). */
export function markdownCodeFence(code: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1))
  return `${fence}${info}\n${code}\n${fence}`
}
