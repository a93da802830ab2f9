// A short excerpt around the best match, with the matched words marked, for a search result.
import { tokenize } from './fold'
import { matchRanges, phraseRanges, type TextRange } from './match-ranges'
import type { SearchQuery } from './query'

/** An excerpt of a text with marked ranges (relative to `text`) and where its match sits in the source. */
export interface Snippet {
  text: string
  marks: TextRange[]
  /** Offset in the source text of the match the excerpt is built around (0 when none). */
  at: number
}

/** Builds an excerpt of about `length` characters around the densest cluster of matches. */
export function makeSnippet(source: string, query: SearchQuery, length = 200): Snippet {
  const tokens = tokenize(source)
  const ranges = matchRanges(tokens, query)
  const phraseStart = query.phrases.length ? phraseRanges(tokens, query.phrases[0]!)[0]?.[0] : undefined
  const anchor = phraseStart ?? bestAnchor(source, ranges, length)
  if (anchor === undefined) return cut(source, 0, Math.min(source.length, length), [], 0)
  let start = Math.max(0, anchor - Math.floor(length / 3))
  // Start at a word boundary so the excerpt does not open mid-word.
  if (start > 0) {
    const space = source.lastIndexOf(' ', start)
    start = space >= 0 && anchor - space < length / 2 ? space + 1 : start
  }
  let end = Math.min(source.length, start + length)
  if (end < source.length) {
    const space = source.indexOf(' ', end)
    end = space >= 0 && space - end < 20 ? space : end
  }
  return cut(source, start, end, ranges, anchor)
}

// The match whose window holds the most distinct matched words: a passage about the whole query.
function bestAnchor(source: string, ranges: readonly TextRange[], length: number): number | undefined {
  let best: number | undefined
  let bestScore = -1
  for (const [start] of ranges.slice(0, 60)) {
    const words = new Set<string>()
    for (const [from, to] of ranges) if (from >= start && to <= start + length) words.add(source.slice(from, to).toLowerCase())
    if (words.size > bestScore) {
      bestScore = words.size
      best = start
    }
  }
  return best
}

function cut(source: string, start: number, end: number, ranges: readonly TextRange[], at: number): Snippet {
  const head = start > 0 ? '…' : ''
  const tail = end < source.length ? '…' : ''
  const text = head + source.slice(start, end).replace(/\s+/g, (spaces) => ' '.repeat(spaces.length)) + tail
  const marks: TextRange[] = ranges
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]) => [from - start + head.length, to - start + head.length])
  return { text, marks, at }
}
