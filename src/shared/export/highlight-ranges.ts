// Exports show highlights in reading order and mark them inside the article text; these
// helpers decide which highlights can be placed and how overlapping ones split the text.
import type { Highlight } from '../model/annotation'

/** Highlights split into those placed in the text (reading order) and those that cannot be. */
export interface PlacedHighlights {
  placed: Highlight[]
  orphaned: Highlight[]
}

/** A stretch of text covered by the same set of highlights (empty set: plain text). */
export interface TextSegment {
  start: number
  end: number
  highlights: Highlight[]
}

/** Sorts by position, then creation, so every export lists highlights the same way. */
export function compareReadingOrder(a: Highlight, b: Highlight): number {
  return a.start - b.start || a.end - b.end || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Separates placeable highlights from orphans; `textLength` null means there is no text to check against. */
export function placeHighlights(highlights: readonly Highlight[], textLength: number | null): PlacedHighlights {
  const placed: Highlight[] = []
  const orphaned: Highlight[] = []
  for (const highlight of highlights) {
    const fits = highlight.start < highlight.end && (textLength === null || highlight.end <= textLength)
    if (!highlight.orphaned && fits) placed.push(highlight)
    else orphaned.push(highlight)
  }
  placed.sort(compareReadingOrder)
  orphaned.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  return { placed, orphaned }
}

/** Merges overlapping or touching ranges into disjoint ranges, in order. */
export function mergeRanges(ranges: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...ranges].filter((range) => range.start < range.end).sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Array<{ start: number; end: number }> = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ start: range.start, end: range.end })
  }
  return merged
}

/** Cuts [from, to) at every highlight boundary inside it, so overlaps become flat segments, and at any other `cuts` given. */
export function segmentText(from: number, to: number, highlights: readonly Highlight[], extraCuts: readonly number[] = []): TextSegment[] {
  const inside = highlights.filter((h) => h.start < to && h.end > from)
  const cuts = new Set<number>([from, to, ...extraCuts.filter((cut) => cut > from && cut < to)])
  for (const h of inside) {
    if (h.start > from) cuts.add(h.start)
    if (h.end < to) cuts.add(h.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: TextSegment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    segments.push({ start, end, highlights: inside.filter((h) => h.start <= start && h.end >= end) })
  }
  return segments
}
