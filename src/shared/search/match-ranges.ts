// Where a query matches inside a text, in the text's own offsets: used to mark snippets, to check
// quoted phrases (the index knows words, not their order) and to place the jump to a match.
import { tokenize, type Token } from './fold'
import type { SearchQuery } from './query'

/** A [start, end) range of the original text. */
export type TextRange = [number, number]

/** The ranges of the query's words, prefix and phrases in the tokens, in text order. */
export function matchRanges(tokens: readonly Token[], query: SearchQuery): TextRange[] {
  const words = new Set(query.words)
  const ranges: TextRange[] = []
  for (const token of tokens) {
    if (words.has(token.term) || (query.prefix !== null && token.term.startsWith(query.prefix))) ranges.push([token.start, token.end])
  }
  for (const phrase of query.phrases) ranges.push(...phraseRanges(tokens, phrase))
  return mergeRanges(ranges)
}

/** Every occurrence of the phrase's words in this order. */
export function phraseRanges(tokens: readonly Token[], phrase: readonly string[]): TextRange[] {
  const ranges: TextRange[] = []
  for (let index = 0; index + phrase.length <= tokens.length; index++) {
    if (phrase.every((word, offset) => tokens[index + offset]!.term === word)) ranges.push([tokens[index]!.start, tokens[index + phrase.length - 1]!.end])
  }
  return ranges
}

/** Whether the text holds every quoted phrase of the query. */
export function hasPhrases(text: string, query: SearchQuery): boolean {
  if (query.phrases.length === 0) return true
  const tokens = tokenize(text)
  return query.phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0)
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: TextRange[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}
