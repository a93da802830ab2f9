// Maps character offsets from an old version of a text to a new one through a diff,
// so most highlights can follow an edit without searching for their quotes.
import { diffText } from './diff-text'

/** The stretches both versions share: `oldStarts[i]` in the old text is `newStarts[i]` in the new, for `lengths[i]` chars. */
export interface OffsetMap {
  oldStarts: Int32Array
  newStarts: Int32Array
  lengths: Int32Array
}

/** Where a range of the old text lies in the new one, and how much of it survived. */
export interface MappedRange {
  start: number
  end: number
  /** Characters of the old range found unchanged in the new text. */
  kept: number
  /** Old offsets of the first kept character and just after the last one. */
  keptFrom: number
  keptTo: number
  /** New offset just after the last kept character before the range: where text replacing its lost head would start. */
  before: number
  /** New offset of the first kept character after the range: where text replacing its lost tail would end. */
  after: number
}

/** Diffs two versions of a text into an offset map. */
export function buildOffsetMap(oldText: string, newText: string): OffsetMap {
  const oldStarts: number[] = []
  const newStarts: number[] = []
  const lengths: number[] = []
  let oldAt = 0
  let newAt = 0
  for (const [operation, chunk] of diffText(oldText, newText)) {
    if (operation === 0) {
      oldStarts.push(oldAt)
      newStarts.push(newAt)
      lengths.push(chunk.length)
      oldAt += chunk.length
      newAt += chunk.length
    } else if (operation === -1) {
      oldAt += chunk.length
    } else {
      newAt += chunk.length
    }
  }
  return { oldStarts: Int32Array.from(oldStarts), newStarts: Int32Array.from(newStarts), lengths: Int32Array.from(lengths) }
}

/**
 * Maps the old range `[start, end)` to the new text: from its first to its last
 * surviving character; null if none survived.
 */
export function mapRange(map: OffsetMap, start: number, end: number): MappedRange | null {
  const { oldStarts, newStarts, lengths } = map
  const first = firstSegmentEndingAfter(map, start)
  let last = first
  while (last < oldStarts.length && oldStarts[last]! < end) last++
  const from = first
  const to = last - 1
  const overlap = (i: number) => Math.min(end, oldStarts[i]! + lengths[i]!) - Math.max(start, oldStarts[i]!)
  if (from > to || overlap(from) <= 0) return null

  let kept = 0
  for (let i = from; i <= to; i++) kept += overlap(i)
  const keptFrom = Math.max(start, oldStarts[from]!)
  const keptTo = Math.min(end, oldStarts[to]! + lengths[to]!)
  const mappedStart = newStarts[from]! + (keptFrom - oldStarts[from]!)
  const mappedEnd = newStarts[to]! + (keptTo - oldStarts[to]!)
  const before = keptFrom === start ? mappedStart : from > 0 ? newStarts[from - 1]! + lengths[from - 1]! : 0
  const after = keptTo === end ? mappedEnd : to + 1 < oldStarts.length ? newStarts[to + 1]! : mappedEnd
  return { start: mappedStart, end: mappedEnd, kept, keptFrom, keptTo, before, after }
}

/** Maps a single old offset to the new text, moving forward past deleted text. */
export function mapOffset(map: OffsetMap, offset: number): number {
  const { oldStarts, newStarts, lengths } = map
  const low = firstSegmentEndingAfter(map, offset)
  if (low >= oldStarts.length) {
    const last = oldStarts.length - 1
    return last < 0 ? 0 : newStarts[last]! + lengths[last]!
  }
  return newStarts[low]! + Math.max(0, offset - oldStarts[low]!)
}

function firstSegmentEndingAfter({ oldStarts, lengths }: OffsetMap, offset: number): number {
  let low = 0
  let high = oldStarts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (oldStarts[middle]! + lengths[middle]! <= offset) low = middle + 1
    else high = middle
  }
  return low
}
