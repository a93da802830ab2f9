// Splits a block's text into runs covered by the same set of highlights, so overlapping and
// touching highlights render as flat, non-nested marks without changing the stored text. Runs
// also end where a link does, so each run lies wholly inside or outside one link.
import type { Link } from '../../../../shared/model/links'

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

/** Cuts the block starting at blockStart into segments at every highlight boundary and link end (links' offsets are the block's own). */
export function segmentBlock(blockText: string, blockStart: number, spans: readonly Span[], links: readonly Link[] = []): Segment[] {
  const blockEnd = blockStart + blockText.length
  const relevant = spans.filter((span) => span.end > blockStart && span.start < blockEnd && span.end > span.start)
  if (relevant.length === 0 && links.length === 0) return [{ start: blockStart, end: blockEnd, text: blockText, highlightIds: [] }]
  const cuts = new Set<number>([blockStart, blockEnd])
  for (const link of links) {
    cuts.add(blockStart + Math.min(link.start, blockText.length))
    cuts.add(blockStart + Math.min(link.end, blockText.length))
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

/** Consecutive segments under the same link (or under none), in order. */
export interface LinkRun {
  link: Link | null
  segments: Segment[]
}

/** Groups a block's segments by the link each lies in, so a link is drawn once around its runs. */
export function groupByLink(segments: readonly Segment[], blockStart: number, links: readonly Link[]): LinkRun[] {
  const runs: LinkRun[] = []
  // Segments and links are both in order, so one pointer walks the links.
  let next = 0
  for (const segment of segments) {
    while (next < links.length && blockStart + links[next]!.end <= segment.start) next++
    const candidate = links[next]
    const link = candidate && blockStart + candidate.start <= segment.start ? candidate : null
    const last = runs.at(-1)
    if (last && last.link === link) last.segments.push(segment)
    else runs.push({ link, segments: [segment] })
  }
  return runs
}
