// A block's inline code: the spans of its text an author set as code (`npm install`, <code>,
// <kbd>). As with links, the text stays the one coordinate system: highlights and search see
// only the text, and a span only says that text[start, end) is code, shown and exported as such
// and never repaired as prose. A 'code' block is all code and carries no spans.
import { z } from 'zod'
import { isWhiteSpaceCode } from './letters'

/** One stretch of a block's text that is inline code. */
export const CodeSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive()
})
export type CodeSpan = z.infer<typeof CodeSpanSchema>

/**
 * The code spans of a text that can be shown: inside it, not blank, in order, and with spans that
 * overlap or touch made one. Every stored, received or restored block passes through this.
 */
export function usableCodeSpans(text: string, spans: readonly CodeSpan[] | undefined): CodeSpan[] {
  if (!spans || spans.length === 0) return []
  const usable: CodeSpan[] = []
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, span.start)
    const end = Math.min(span.end, text.length)
    if (end <= start || text.slice(start, end).trim() === '') continue
    const last = usable.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else usable.push({ start, end })
  }
  return usable
}

/** Spans moved by `shift` characters (text was put before them), as a block's text grows at its start. */
export function shiftCodeSpans(spans: readonly CodeSpan[], shift: number): CodeSpan[] {
  return spans.map((span) => ({ start: span.start + shift, end: span.end + shift }))
}

/**
 * Marks (1) the white space inside each span, between its first and last characters that are not
 * white space: Markdown's code keeps its spaces (`ls  -la`). The first of a "\r\n" pair is not
 * marked, so a line break in code becomes one space.
 */
export function spacesInsideCode(text: string, spans: readonly CodeSpan[]): Uint8Array {
  const inside = new Uint8Array(text.length)
  for (const span of spans) {
    let start = Math.max(0, span.start)
    let end = Math.min(span.end, text.length)
    while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++
    while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index)
      if (isWhiteSpaceCode(code) && !(code === 0x0d && text.charCodeAt(index + 1) === 0x0a)) inside[index] = 1
    }
  }
  return inside
}
