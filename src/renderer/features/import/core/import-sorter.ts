// Sorts an import's results as they arrive: failures, new articles, and near-duplicates of an
// article already in the library or stored earlier in the same import (held for the user).
import type { DuplicateIndex } from '../../../../shared/duplicates'
import type { ImportResult } from '../../../../shared/ipc/import-schemas'
import type { ParsedDocument } from '../../../../shared/model/document'

type ParsedOk = Extract<ParsedDocument, { status: 'ok' }>

/** A parsed article with its signature. */
export interface SignedResult {
  document: ParsedOk
  signature: number[]
}

/** A new article that looks like one in the library. */
export interface FoundDuplicate {
  article: SignedResult
  /** The library article it resembles (resolved through `existingIdOf` once stored). */
  matchKey: string
  similarity: number
}

/** A file that could not be imported, with the sentence saying why. */
export interface ImportFailure {
  path: string
  error: string
}

/** One poll's results, sorted. */
export interface SortedResults {
  fresh: SignedResult[]
  duplicates: FoundDuplicate[]
  failures: ImportFailure[]
}

/** Tracks the library's signatures plus this import's, so a batch is checked against both. */
export class ImportSorter {
  private readonly pendingKeys: string[] = []
  private readonly storedIdOf = new Map<string, string>()
  private nextKey = 0

  constructor(private readonly index: DuplicateIndex) {}

  /** Sorts results; fresh articles count as part of the library at once, so a later copy in the batch is caught. */
  sort(results: readonly ImportResult[]): SortedResults {
    const sorted: SortedResults = { fresh: [], duplicates: [], failures: [] }
    for (const { document, signature } of results) {
      if (document.status === 'error') {
        sorted.failures.push({ path: document.path, error: document.error })
        continue
      }
      if (signature === null) continue
      const article = { document, signature }
      const match = this.index.findDuplicates(signature)[0]
      if (match) {
        sorted.duplicates.push({ article, matchKey: match.id, similarity: match.similarity })
        continue
      }
      const key = `pending:${this.nextKey++}`
      this.index.add(key, signature)
      this.pendingKeys.push(key)
      sorted.fresh.push(article)
    }
    return sorted
  }

  /**
   * Records the ids the fresh articles of the last `sort` were stored under. The index keeps their
   * pending keys (re-filing 42 bands per article cost more than the lookups); `existingIdOf` resolves them.
   */
  stored(fresh: readonly SignedResult[], ids: readonly string[]): void {
    this.pendingKeys.splice(0, fresh.length).forEach((key, position) => this.storedIdOf.set(key, ids[position]!))
  }

  /** The stored article id a duplicate's match refers to. */
  existingIdOf(duplicate: FoundDuplicate): string {
    return this.storedIdOf.get(duplicate.matchKey) ?? duplicate.matchKey
  }
}
