// Which highlight `[` and `]` go to: the neighbour of the current one, or, with none current, the
// nearest one after (or before) the reading position, so the keys start from what is on screen.

/** The part of a highlight this navigation needs. */
export interface HighlightPosition {
  id: string
  start: number
  orphaned: boolean
}

/** The id of the highlight to go to, or null when there is none in that direction. */
export function adjacentHighlightId(
  highlights: readonly HighlightPosition[],
  currentId: string | null,
  direction: 1 | -1,
  readingOffset: number
): string | null {
  const placed = highlights.filter((highlight) => !highlight.orphaned).sort((a, b) => a.start - b.start)
  const index = currentId === null ? -1 : placed.findIndex((highlight) => highlight.id === currentId)
  if (index >= 0) return placed[index + direction]?.id ?? null
  if (direction === 1) return placed.find((highlight) => highlight.start >= readingOffset)?.id ?? null
  return placed.findLast((highlight) => highlight.start < readingOffset)?.id ?? null
}

/** The index of the block `j`/`k` move to, staying inside the article. */
export function adjacentBlockIndex(current: number | null, direction: 1 | -1, blockCount: number): number | null {
  if (blockCount === 0) return null
  if (current === null) return direction === 1 ? 0 : blockCount - 1
  return Math.min(blockCount - 1, Math.max(0, current + direction))
}
