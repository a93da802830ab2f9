// What the user typed in the search box, parsed: words (the last one a prefix while typing),
// "quoted phrases", and filters (tag:, source:, color:) that narrow without ranking.
import { fold, terms } from './fold'

/** A parsed search query; every word is already folded. */
export interface SearchQuery {
  /** Words that must all occur (phrase words included). */
  words: string[]
  /** The last word when it may still be growing: it matches any word it begins. */
  prefix: string | null
  /** Phrases (each a list of folded words) that must occur in this order. */
  phrases: string[][]
  tags: string[]
  sources: string[]
  colors: string[]
}

const PART = /(?:(tag|source|color|colour):)?(?:"([^"]*)"?|(\S+))/gi

/** Parses a query such as `growth "trade deficit" tag:economy source:VNA color:yellow`. */
export function parseQuery(input: string): SearchQuery {
  const query: SearchQuery = { words: [], prefix: null, phrases: [], tags: [], sources: [], colors: [] }
  const typingLastWord = input.length > 0 && !/[\s"]$/.test(input)
  let lastBareWord: { index: number; endsInput: boolean } | null = null
  for (const match of input.matchAll(PART)) {
    const [, filter, quoted, bare] = match
    const value = quoted ?? bare ?? ''
    if (filter) {
      const folded = fold(value.trim())
      if (!folded) continue
      const name = filter.toLowerCase()
      if (name === 'tag') query.tags.push(folded)
      else if (name === 'source') query.sources.push(folded)
      else query.colors.push(folded)
      continue
    }
    const words = terms(value)
    if (words.length === 0) continue
    if (quoted !== undefined) {
      if (words.length > 1) query.phrases.push(words)
      query.words.push(...words)
      continue
    }
    query.words.push(...words)
    lastBareWord = { index: query.words.length - 1, endsInput: match.index + match[0].length === input.length }
  }
  if (typingLastWord && lastBareWord?.endsInput) {
    query.prefix = query.words.splice(lastBareWord.index, 1)[0]!
  }
  return query
}

/** Whether a query asks for anything at all. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return !query.words.length && !query.prefix && !query.tags.length && !query.sources.length && !query.colors.length
}
