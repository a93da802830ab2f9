// Inline code is the author's verbatim (`territorialsovereignty` in backticks is a name, not
// glue): a prose repair runs over the stretches between a block's code spans only.
import type { CodeSpan } from '../model/code-spans'

/** A text repaired outside its code, the code spans on the new text, and each stretch's result. */
export interface RepairedOutsideCode<R> {
  text: string
  codeSpans: CodeSpan[]
  results: R[]
}

/** Applies `repair` to each stretch of `text` outside `codeSpans` (in order, not overlapping), leaving the code as written. */
export function repairOutsideCode<R extends { text: string }>(
  text: string,
  codeSpans: readonly CodeSpan[],
  repair: (prose: string) => R
): RepairedOutsideCode<R> {
  const results: R[] = []
  const moved: CodeSpan[] = []
  let repaired = ''
  let from = 0
  const repairProse = (end: number): void => {
    if (end <= from) return
    const result = repair(text.slice(from, end))
    results.push(result)
    repaired += result.text
  }
  for (const span of codeSpans) {
    repairProse(span.start)
    moved.push({ start: repaired.length, end: repaired.length + span.end - span.start })
    repaired += text.slice(span.start, span.end)
    from = span.end
  }
  repairProse(text.length)
  return { text: repaired, codeSpans: moved, results }
}
