// Splits a block's text into runs covered by the same set of highlights, so overlapping and
// touching highlights render as flat, non-nested marks without changing the stored text. Runs
// also end where a link or inline code does, so each run lies wholly inside or outside each.

/** A highlight's span in article plain-text offsets. */
export interface Span {
  id: string
  start: number
  end: number
}

/** A run of text and the highlights covering all of it (in the order given). */
export interface Segment {
  start: number
  end: number
  text: string
  highlightIds: string[]
}

/** A stretch of a block by the block's own offsets: a link or inline code. */
export interface BlockSpan {
  start: number
  end: number
}

/**
 * Cuts the block starting at blockStart into segments at every highlight boundary and at both
 * ends of each of the block's own spans (links, inline code; offsets the block's own).
 */
export function segmentBlock(blockText: string, blockStart: number, spans: readonly Span[], blockSpans: readonly BlockSpan[] = []): Segment[] {
  const blockEnd = blockStart + blockText.length
  const relevant = spans.filter((span) => span.end > blockStart && span.start < blockEnd && span.end > span.start)
  if (relevant.length === 0 && blockSpans.length === 0) return [{ start: blockStart, end: blockEnd, text: blockText, highlightIds: [] }]
  const cuts = new Set<number>([blockStart, blockEnd])
  for (const edge of blockSpans) {
    cuts.add(blockStart + Math.min(edge.start, blockText.length))
    cuts.add(blockStart + Math.min(edge.end, blockText.length))
  }
  for (const span of relevant) {
    cuts.add(Math.max(span.start, blockStart))
    cuts.add(Math.min(span.end, blockEnd))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!
    const end = points[index + 1]!
    segments.push({
      start,
      end,
      text: blockText.slice(start - blockStart, end - blockStart),
      highlightIds: relevant.filter((span) => span.start <= start && span.end >= end).map((span) => span.id)
    })
  }
  return segments
}

/** Consecutive segments under the same span (or under none), in order. */
export interface SpanRun<T extends BlockSpan> {
  span: T | null
  segments: Segment[]
}

/**
 * Groups segments by the span (a link, inline code) each lies in, so a span is drawn once around
 * its runs. The spans are in order and do not overlap, as usableLinks and usableCodeSpans leave them.
 */
export function groupBySpan<T extends BlockSpan>(segments: readonly Segment[], blockStart: number, blockSpans: readonly T[]): SpanRun<T>[] {
  const runs: SpanRun<T>[] = []
  // Segments and spans are both in order, so one pointer walks the spans.
  let next = 0
  for (const segment of segments) {
    while (next < blockSpans.length && blockStart + blockSpans[next]!.end <= segment.start) next++
    const candidate = blockSpans[next]
    const span = candidate && blockStart + candidate.start <= segment.start ? candidate : null
    const last = runs.at(-1)
    if (last && last.span === span) last.segments.push(segment)
    else runs.push({ span, segments: [segment] })
  }
  return runs
}
