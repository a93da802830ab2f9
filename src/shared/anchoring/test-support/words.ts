// Word-level views of a text for tests: "the same words" is what a reader checks,
// not the exact offset of a trailing comma.

/** For each character, the index of the whitespace-separated word it belongs to (-1 for whitespace). */
export function wordIndexes(text: string): Int32Array {
  const indexes = new Int32Array(text.length).fill(-1)
  let word = -1
  for (let at = 0; at < text.length; at++) {
    if (/\s/.test(text[at]!)) continue
    if (at === 0 || /\s/.test(text[at - 1]!)) word++
    indexes[at] = word
  }
  return indexes
}

/** First and last word touched by `[start, end)`, or null if it holds only whitespace. */
export function wordSpan(indexes: Int32Array, start: number, end: number): [number, number] | null {
  let first = -1
  let last = -1
  for (let at = start; at < end; at++) {
    const word = indexes[at]!
    if (word < 0) continue
    if (first < 0) first = word
    last = word
  }
  return first < 0 ? null : [first, last]
}

/** Random word-aligned ranges of 1 to `maxWords` words in `text`. */
export function randomWordRanges(text: string, count: number, maxWords: number, random: () => number): Array<{ start: number; end: number }> {
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }))
  const ranges: Array<{ start: number; end: number }> = []
  for (let i = 0; i < count; i++) {
    const first = Math.floor(random() * words.length)
    const last = Math.min(words.length - 1, first + Math.floor(random() * maxWords))
    ranges.push({ start: words[first]!.start, end: words[last]!.end })
  }
  return ranges
}
