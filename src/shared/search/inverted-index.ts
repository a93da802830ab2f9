// The search index: an inverted index over folded words in typed-array posting lists, ranked
// with BM25. Written here rather than taken from a library because measured alternatives each
// missed a need (see bench/search.ts): FlexSearch removes slowly or cannot export with fast
// updates, Lunr cannot remove, MiniSearch is several times slower at query time. Removal marks
// a document dead (O(1)); dead postings vanish when the index is next serialised.
import { Postings } from './postings'
import { TopScores } from './top-scores'
import { MatchScratch, inverseDocumentFrequency, type WeightedList } from './conjunction'
import { fold, terms } from './fold'
import type { SearchQuery } from './query'
import type { SearchDocument, SearchKind } from './search-document'

/** What the index remembers of a document. */
export interface IndexedDocument {
  key: string
  kind: SearchKind
  articleId: string
  /** Weighted word count, for BM25's length normalisation. */
  length: number
}

/** One ranked match. */
export interface IndexHit extends IndexedDocument {
  score: number
}

/** Ranked matches of a query, grouped by kind, with how many matched in all. */
export interface IndexResults {
  hits: Record<SearchKind, IndexHit[]>
  totals: Record<SearchKind, number>
}

/** A tag whose name matches the query, with how many documents of each kind carry it. */
export interface TagMatch {
  name: string
  counts: Record<SearchKind, number>
}

const TITLE_WEIGHT = 3
const TAG_WEIGHT = 2
const MAX_PREFIX_EXPANSIONS = 40
/** Facet terms (tag:, source:, color:) start with a character no folded word can. */
export const FACET = '\u0000'
const KINDS: readonly SearchKind[] = ['article', 'highlight', 'note']

/** Facet term for a filter value, e.g. facetTerm('tag', 'Economy') → "\0tag:economy". */
export function facetTerm(name: 'tag' | 'source' | 'color', value: string): string {
  return `${FACET}${name}:${fold(value)}`
}

/** An incrementally updatable inverted index. */
export class InvertedIndex {
  readonly postings = new Map<string, Postings>()
  /** By document number; null once removed. */
  readonly documents: (IndexedDocument | null)[] = []
  /** Display names of tags by folded name. */
  readonly tagNames = new Map<string, string>()
  private readonly byKey = new Map<string, number>()
  private readonly byArticle = new Map<string, Set<number>>()
  private totalLength = 0
  private liveCount = 0
  private sortedTerms: string[] = []
  private newTerms: string[] = []
  private readonly scratch = new MatchScratch()
  // Per document number, in typed arrays for the scoring loop: weighted length, 0 once removed, kind.
  private lengths = new Float64Array(1024)
  private alive = new Uint8Array(1024)
  private kindCodes = new Uint8Array(1024)

  /** How many live documents the index holds. */
  get size(): number {
    return this.liveCount
  }

  /** Adds (or replaces) a document. */
  add(document: SearchDocument): void {
    this.remove(document.key)
    const frequencies = new Map<string, number>()
    const count = (words: readonly string[], weight: number): void => {
      for (const word of words) frequencies.set(word, (frequencies.get(word) ?? 0) + weight)
    }
    const titleWords = terms(document.title)
    const textWords = terms(document.text)
    const tagWords = document.tags.flatMap(terms)
    count(titleWords, TITLE_WEIGHT)
    count(textWords, 1)
    count(tagWords, TAG_WEIGHT)
    for (const tag of document.tags) {
      frequencies.set(facetTerm('tag', tag), 1)
      this.tagNames.set(fold(tag), tag)
    }
    if (document.source) frequencies.set(facetTerm('source', document.source), 1)
    if (document.color) frequencies.set(facetTerm('color', document.color), 1)
    const length = titleWords.length * TITLE_WEIGHT + textWords.length + tagWords.length * TAG_WEIGHT
    this.insert({ key: document.key, kind: document.kind, articleId: document.articleId, length }, frequencies)
  }

  /** Adds an already-analysed document (used when loading a serialised index). */
  insert(document: IndexedDocument, frequencies: ReadonlyMap<string, number> | null): number {
    const number = this.documents.length
    this.documents.push(document)
    if (number >= this.lengths.length) {
      const lengths = new Float64Array(this.lengths.length * 2)
      const alive = new Uint8Array(this.lengths.length * 2)
      const kindCodes = new Uint8Array(this.lengths.length * 2)
      lengths.set(this.lengths)
      alive.set(this.alive)
      kindCodes.set(this.kindCodes)
      this.lengths = lengths
      this.alive = alive
      this.kindCodes = kindCodes
    }
    this.lengths[number] = document.length
    this.alive[number] = 1
    this.kindCodes[number] = KINDS.indexOf(document.kind)
    this.byKey.set(document.key, number)
    let siblings = this.byArticle.get(document.articleId)
    if (!siblings) this.byArticle.set(document.articleId, (siblings = new Set()))
    siblings.add(number)
    this.totalLength += document.length
    this.liveCount += 1
    for (const [term, frequency] of frequencies ?? []) this.post(term, number, frequency)
    return number
  }

  /** Records that document `number` contains `term` with weighted frequency `frequency`. */
  post(term: string, number: number, frequency: number): void {
    let list = this.postings.get(term)
    if (!list) {
      this.postings.set(term, (list = new Postings()))
      if (!term.startsWith(FACET)) this.newTerms.push(term)
    }
    list.push(number, frequency)
  }

  /** Removes a document by key; absent keys are ignored. */
  remove(key: string): void {
    const number = this.byKey.get(key)
    if (number === undefined) return
    const document = this.documents[number]!
    this.documents[number] = null
    this.alive[number] = 0
    this.byKey.delete(key)
    this.byArticle.get(document.articleId)?.delete(number)
    this.totalLength -= document.length
    this.liveCount -= 1
  }

  /** Removes an article's documents: its text, its highlights and its note. */
  removeArticle(articleId: string): void {
    for (const number of [...(this.byArticle.get(articleId) ?? [])]) this.remove(this.documents[number]!.key)
    this.byArticle.delete(articleId)
  }

  /** Whether a document with this key is indexed. */
  has(key: string): boolean {
    return this.byKey.has(key)
  }

  /** The ids of every article with at least one indexed document. */
  articleIds(): string[] {
    return [...this.byArticle].filter(([, numbers]) => numbers.size > 0).map(([id]) => id)
  }

  /** Ranks the documents matching every word, the prefix and every filter (phrases are checked by the caller, on the text). */
  search(query: SearchQuery, limit: number): IndexResults {
    const groups: { terms: string[]; weights: number[] }[] = []
    for (const word of new Set(query.words)) groups.push({ terms: [word], weights: [1] })
    if (query.prefix) groups.push(this.expandPrefix(query.prefix))
    for (const tag of query.tags) groups.push({ terms: [`${FACET}tag:${tag}`], weights: [0] })
    for (const source of query.sources) groups.push({ terms: [`${FACET}source:${source}`], weights: [0] })
    for (const color of query.colors) groups.push({ terms: [`${FACET}color:${color}`], weights: [0] })
    const empty: IndexResults = { hits: { article: [], highlight: [], note: [] }, totals: { article: 0, highlight: 0, note: 0 } }
    if (groups.length === 0) return empty
    const frequencyOf = (group: { terms: string[] }): number => group.terms.reduce((sum, term) => sum + (this.postings.get(term)?.length ?? 0), 0)
    groups.sort((a, b) => frequencyOf(a) - frequencyOf(b))
    if (frequencyOf(groups[0]!) === 0) return empty

    const lists = groups.map((group) =>
      group.terms.flatMap((term, index): WeightedList[] => {
        const list = this.postings.get(term)
        return list ? [{ list, weight: group.weights[index]!, idf: inverseDocumentFrequency(this.liveCount, list.length) }] : []
      })
    )
    const stats = { lengths: this.lengths, alive: this.alive, averageLength: this.totalLength / Math.max(1, this.liveCount) }
    const matches = this.scratch.ensure(this.documents.length, this.documents.length).matchAll(lists, stats)
    const best = KINDS.map(() => new TopScores(limit))
    const totals = KINDS.map(() => 0)
    const { kindCodes } = this
    for (let index = 0; index < matches.length; index++) {
      const number = matches.docs[index]!
      const code = kindCodes[number]!
      best[code]!.offer(number, matches.scores[index]!)
      totals[code]! += 1
    }
    KINDS.forEach((kind, code) => {
      empty.hits[kind] = best[code]!.ranked().map(([number, score]) => ({ ...this.documents[number]!, score }))
      empty.totals[kind] = totals[code]!
    })
    return empty
  }

  /** Tags whose names begin with any of the query's words, with their document counts. */
  matchingTags(query: SearchQuery): TagMatch[] {
    const words = [...query.words, ...(query.prefix ? [query.prefix] : [])]
    if (words.length === 0) return []
    const matches: TagMatch[] = []
    for (const [folded, name] of this.tagNames) {
      if (!words.some((word) => folded.split(/\s+/).some((part) => part.startsWith(word)))) continue
      const counts: Record<SearchKind, number> = { article: 0, highlight: 0, note: 0 }
      const list = this.postings.get(`${FACET}tag:${folded}`)
      for (let index = 0; index < (list?.length ?? 0); index++) {
        const document = this.documents[list!.docs[index]!]
        if (document) counts[document.kind] += 1
      }
      if (counts.article + counts.highlight + counts.note > 0) matches.push({ name, counts })
    }
    return matches.sort((a, b) => b.counts.highlight + b.counts.article - (a.counts.highlight + a.counts.article))
  }

  /** The indexed words beginning with `prefix` (the most frequent ones when there are many). */
  private expandPrefix(prefix: string): { terms: string[]; weights: number[] } {
    if (this.newTerms.length) this.mergeNewTerms()
    const found: string[] = []
    if (prefix.length >= 2) {
      let low = 0
      let high = this.sortedTerms.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (this.sortedTerms[middle]! < prefix) low = middle + 1
        else high = middle
      }
      for (let index = low; index < this.sortedTerms.length && this.sortedTerms[index]!.startsWith(prefix); index++) found.push(this.sortedTerms[index]!)
    } else if (this.postings.has(prefix)) {
      found.push(prefix)
    }
    const chosen =
      found.length > MAX_PREFIX_EXPANSIONS
        ? found.sort((a, b) => this.postings.get(b)!.length - this.postings.get(a)!.length).slice(0, MAX_PREFIX_EXPANSIONS)
        : found
    // A completed word ranks above the longer words it begins.
    return { terms: chosen, weights: chosen.map((term) => (term === prefix ? 1 : 0.8)) }
  }

  // New words arrive unsorted between queries; merging them keeps prefix lookup a binary search.
  private mergeNewTerms(): void {
    const added = this.newTerms.sort()
    const merged: string[] = []
    let left = 0
    let right = 0
    while (left < this.sortedTerms.length || right < added.length) {
      if (right >= added.length || (left < this.sortedTerms.length && this.sortedTerms[left]! < added[right]!)) merged.push(this.sortedTerms[left++]!)
      else merged.push(added[right++]!)
    }
    this.sortedTerms = merged
    this.newTerms = []
  }
}
