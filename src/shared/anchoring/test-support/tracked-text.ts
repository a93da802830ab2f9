// A text that remembers, for each character, where it came from in the original, so a
// test knows the true new position of every highlighted word after simulated edits.

/** Current text plus, per character, its offset in the original (-1 for inserted text). */
export interface TrackedText {
  text: string
  origins: number[]
}

/** Starts tracking `text` as the original. */
export function track(text: string): TrackedText {
  return { text, origins: Array.from({ length: text.length }, (_, i) => i) }
}

/** Replaces `text[start, end)` with `insert`; a same-length replacement keeps origins (a substitution). */
export function splice(tracked: TrackedText, start: number, end: number, insert: string): void {
  const substitution = insert.length === end - start
  tracked.text = tracked.text.slice(0, start) + insert + tracked.text.slice(end)
  if (!substitution) tracked.origins.splice(start, end - start, ...new Array<number>(insert.length).fill(-1))
}

/** For each original offset, where that character is now (-1 if deleted). */
export function originalToCurrent(tracked: TrackedText, originalLength: number): Int32Array {
  const positions = new Int32Array(originalLength).fill(-1)
  tracked.origins.forEach((origin, at) => {
    if (origin >= 0) positions[origin] = at
  })
  return positions
}
