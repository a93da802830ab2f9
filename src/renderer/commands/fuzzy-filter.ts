// Fuzzy matching for the command palette: "hls" finds "Highlight the selection", ranking
// contiguous and word-start matches first, as editors' palettes do.

/** How well `query` matches `label` as an in-order subsequence; null when it does not. Higher is better. */
export function fuzzyScore(label: string, query: string): number | null {
  const text = label.toLowerCase()
  const wanted = query.toLowerCase().replace(/\s+/g, '')
  if (!wanted) return 0
  let score = 0
  let from = 0
  let previous = -2
  for (const char of wanted) {
    const at = text.indexOf(char, from)
    if (at < 0) return null
    if (at === previous + 1) score += 3
    if (at === 0 || /[\s\-/]/.test(text[at - 1]!)) score += 2
    score -= (at - from) * 0.05
    previous = at
    from = at + 1
  }
  // The typed text appearing whole ("top" in "Go to the top") beats letters scattered across words.
  const whole = text.indexOf(wanted)
  if (whole >= 0) score += 10 + (whole === 0 || /[\s\-/]/.test(text[whole - 1]!) ? 5 : 0)
  return score
}

/** The items matching `query`, best first (stable for equal scores). */
export function fuzzyFilter<T>(items: readonly T[], query: string, labelOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(labelOf(item), query) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item)
}
