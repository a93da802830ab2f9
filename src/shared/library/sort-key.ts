// The keys the library sorts titles and sources by. IndexedDB orders strings by code unit, so
// "Zebra" would come before "apple" and "Économie" after "zoo"; these keys are folded so the raw
// index order is the order a reader expects, and the first screen still comes from index keys alone.
import { fold } from '../search/fold'

/** The derived sort fields stored beside an article's metadata (absent when there is nothing to sort by). */
export interface ArticleSortKeys {
  titleKey?: string
  sourceKey?: string
}

// Long enough to order any real title; keeps a pasted paragraph from bloating the index.
const MAX_LENGTH = 160
const SPACES = /\s+/g
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u
const DIGITS = /\d+/g
// Sorts below every character a key can hold, so "BBC" and its titles come before "BBC News".
const SEPARATOR = '\u0000'

/**
 * A case- and diacritic-insensitive key for text ("Économie" → "economie"), or undefined when the
 * text has nothing to sort by. Leading quotes and brackets are skipped and numbers compare by value
 * ("Part 2" before "Part 10").
 */
export function textSortKey(text: string | null | undefined): string | undefined {
  if (!text) return undefined
  const folded = fold(text).replace(SPACES, ' ').trim()
  const key = folded.replace(LEADING_PUNCTUATION, '') || folded
  return key ? key.replace(DIGITS, numberKey).slice(0, MAX_LENGTH) : undefined
}

// A run of digits prefixed by its length in two digits (digits still sort before letters):
// "2" → "012", "10" → "0210", "123456789" → "09123456789". Exact up to 99 digits.
function numberKey(digits: string): string {
  const value = digits.replace(/^0+(?=\d)/, '')
  return `${String(Math.min(value.length, 99)).padStart(2, '0')}${value}`
}

/** The sort keys for an article: its title, and its source with the title breaking ties within a source. */
export function articleSortKeys(title: string | null | undefined, source: string | null | undefined): ArticleSortKeys {
  const titleKey = textSortKey(title)
  const sourceName = textSortKey(source)
  const keys: ArticleSortKeys = {}
  if (titleKey !== undefined) keys.titleKey = titleKey
  if (sourceName !== undefined) keys.sourceKey = `${sourceName}${SEPARATOR}${titleKey ?? ''}`
  return keys
}
