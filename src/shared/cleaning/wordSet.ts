// Long word lists read best as one space-separated string.

/** The set of the space-separated words in `words`. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(' '))
}
