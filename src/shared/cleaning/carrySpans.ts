// Cleaning repairs a block's text (a split glued word, junk taken out, mojibake mended), which
// moves the words its links and inline code cover. They follow the same character diff that
// moves highlights when an article's text changes, so each stays on its own words even where the
// same words recur, and on what is left of them when a repair falls inside one.
import { buildOffsetMap, mapRange } from '../anchoring/offset-map'

/** The spans (links, code) of `before` placed on the same words of `after`, the cleaned text; a span none of whose characters survive is left out. */
export function carrySpans<T extends { start: number; end: number }>(before: string, after: string, spans: readonly T[] | undefined): T[] {
  const valid = (spans ?? []).filter((span) => span.start >= 0 && span.end > span.start && span.end <= before.length)
  if (valid.length === 0 || before === after) return valid
  const map = buildOffsetMap(before, after)
  const carried: T[] = []
  for (const span of valid) {
    const mapped = mapRange(map, span.start, span.end)
    if (mapped !== null && mapped.end > mapped.start) carried.push({ ...span, start: mapped.start, end: mapped.end })
  }
  return carried
}
