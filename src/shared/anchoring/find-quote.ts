// Finds where a quote could now be: exact occurrences, then approximate ones via
// Myers' bit-parallel search (approx-string-match, as the Hypothesis client uses).
import search from 'approx-string-match'

/** A place in the text that matches the quote with `errors` edits. */
export interface QuoteCandidate {
  start: number
  end: number
  errors: number
}

/** Quotes longer than this are located by their head and tail, then verified in a small window. */
export const LONG_QUOTE_LENGTH = 256
const PART_LENGTH = 64
const MAX_CANDIDATES_PER_SEARCH = 50

/** How many edits a fuzzy match of a quote may contain: about a quarter of it, capped. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(64, Math.floor(quoteLength / 4))
}

/** Lists exact occurrences of `quote` in `text`, at most `limit` of them. */
export function findExactOccurrences(text: string, quote: string, limit = 1000): QuoteCandidate[] {
  const found: QuoteCandidate[] = []
  if (quote.length === 0) return found
  for (let at = text.indexOf(quote); at !== -1 && found.length < limit; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 })
  }
  return found
}

/** Lists the best approximate matches of `quote` inside `text[from, to)`, with at most `maxErrors` edits. */
export function findApproximate(text: string, quote: string, maxErrors: number, from = 0, to = text.length): QuoteCandidate[] {
  if (quote.length === 0 || from >= to) return []
  if (quote.length <= LONG_QUOTE_LENGTH) return searchWindow(text, quote, maxErrors, from, to)

  // Myers' search costs O(n * m / 32); searching a whole long article for a long
  // quote is wasteful, so find its ends first and check the whole quote only there.
  const partErrors = maxErrorsFor(PART_LENGTH)
  const slack = maxErrors + 8
  const found: QuoteCandidate[] = []
  for (const head of searchWindow(text, quote.slice(0, PART_LENGTH), partErrors, from, to)) {
    found.push(...searchWindow(text, quote, maxErrors, head.start - slack, head.start + quote.length + slack))
  }
  for (const tail of searchWindow(text, quote.slice(-PART_LENGTH), partErrors, from, to)) {
    found.push(...searchWindow(text, quote, maxErrors, tail.end - quote.length - slack, tail.end + slack))
  }
  return dropOverlapping(found, quote.length)
}

function searchWindow(text: string, quote: string, maxErrors: number, from: number, to: number): QuoteCandidate[] {
  const windowStart = Math.max(0, from)
  const window = text.slice(windowStart, Math.min(text.length, to))
  const matches = search(window, quote, Math.min(maxErrors, quote.length)).map((match) => ({
    start: match.start + windowStart,
    end: match.end + windowStart,
    errors: match.errors
  }))
  return dropOverlapping(matches, quote.length).slice(0, MAX_CANDIDATES_PER_SEARCH)
}

// The search reports every end position of an equally good match, so one place
// shows up several times; keep the variant whose length is closest to the quote's.
function dropOverlapping(matches: QuoteCandidate[], quoteLength: number): QuoteCandidate[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.errors - b.errors)
  const kept: QuoteCandidate[] = []
  for (const match of sorted) {
    const last = kept[kept.length - 1]
    if (last && match.start < last.end && match.start - last.start < quoteLength / 2) {
      const better =
        match.errors < last.errors ||
        (match.errors === last.errors && Math.abs(match.end - match.start - quoteLength) < Math.abs(last.end - last.start - quoteLength))
      if (better) kept[kept.length - 1] = match
      continue
    }
    kept.push(match)
  }
  return kept
}
