// Edit-distance similarity of a stored context with the text now beside a candidate;
// contexts are 32 chars, so plain dynamic programming is fast enough.

/**
 * How well `expected` matches the end of `observed` (1 = exactly, 0 = not at all);
 * the start of `observed` may be skipped freely, since the window is wider than the context.
 */
export function endAlignedSimilarity(expected: string, observed: string): number {
  if (expected.length === 0) return 1
  let previous = new Uint32Array(observed.length + 1) // row 0: skipping observed's start is free
  let current = new Uint32Array(observed.length + 1)
  for (let i = 1; i <= expected.length; i++) {
    current[0] = i
    const code = expected.charCodeAt(i - 1)
    for (let j = 1; j <= observed.length; j++) {
      const substitution = previous[j - 1]! + (code === observed.charCodeAt(j - 1) ? 0 : 1)
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return Math.max(0, 1 - previous[observed.length]! / expected.length)
}

/** How well `expected` matches the start of `observed`; the mirror of `endAlignedSimilarity`. */
export function startAlignedSimilarity(expected: string, observed: string): number {
  return endAlignedSimilarity(reverse(expected), reverse(observed))
}

function reverse(text: string): string {
  let reversed = ''
  for (let i = text.length - 1; i >= 0; i--) reversed += text[i]
  return reversed
}
