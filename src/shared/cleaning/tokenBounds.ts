// Repairs are recorded with the whole whitespace-delimited token they touched
// ("ar🍌ms" → "arms"), which is what a reader needs to recognise the change.

/** The start and end offsets of the whitespace-delimited token containing [start, end). */
export function tokenBounds(text: string, start: number, end: number): { start: number; end: number } {
  let from = start
  while (from > 0 && !/\s/.test(text[from - 1] ?? '')) from--
  let to = end
  while (to < text.length && !/\s/.test(text[to] ?? '')) to++
  return { start: from, end: to }
}
