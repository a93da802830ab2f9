// Inline code is the author's verbatim (`territorialsovereignty` in backticks is a name, not
// glue): a prose repair runs over the stretches between a block's code spans only, and an
// encoding repair over prose and code apart, so each span stays on exactly its code.
import type { CodeSpan } from '../model/code-spans'

/** A text repaired stretch by stretch, the code spans on the new text, and each stretch's result. */
export interface RepairedAroundCode<R> {
  text: string
  codeSpans: CodeSpan[]
  results: R[]
}

/** How the stretches of a text are repaired. */
export interface StretchRepairs<R> {
  /** The repair of the text outside the code. */
  prose(text: string): R
  /** The repair of the code itself; without it, code stays as written. */
  code?(text: string): R
  /**
   * Whether a prose stretch is repaired with the code characters beside it as context, so its
   * edge at the code reads as the middle of a line (junk removal takes a line's leading or
   * trailing junk with its space, which mid-line would glue two words).
   */
  withContext?: boolean
}

/** Repairs `text` stretch by stretch around `codeSpans` (in order, not overlapping). */
export function repairAroundCode<R extends { text: string }>(text: string, codeSpans: readonly CodeSpan[], repairs: StretchRepairs<R>): RepairedAroundCode<R> {
  const results: R[] = []
  const moved: CodeSpan[] = []
  let repaired = ''
  let from = 0
  const repairProse = (end: number): void => {
    if (end <= from) return
    const result = repairs.withContext ? inContext(text, from, end, repairs.prose) : repairs.prose(text.slice(from, end))
    results.push(result)
    repaired += result.text
  }
  for (const span of codeSpans) {
    repairProse(span.start)
    const code = text.slice(span.start, span.end)
    const result = repairs.code?.(code)
    if (result) results.push(result)
    const written = result?.text ?? code
    moved.push({ start: repaired.length, end: repaired.length + written.length })
    repaired += written
    from = span.end
  }
  repairProse(text.length)
  return { text: repaired, codeSpans: moved, results }
}

// The stretch repaired with one character of the code on either side; should the repair touch
// those, the stretch is repaired alone.
function inContext<R extends { text: string }>(text: string, from: number, end: number, repair: (prose: string) => R): R {
  const before = from > 0 ? codePointBefore(text, from) : ''
  const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : ''
  const result = repair(before + text.slice(from, end) + after)
  const kept = result.text.length >= before.length + after.length && result.text.startsWith(before) && result.text.endsWith(after)
  if (!kept) return repair(text.slice(from, end))
  return { ...result, text: result.text.slice(before.length, result.text.length - after.length) }
}

function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1)
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1
  return text.slice(start, index)
}
