// The search worker's work, apart from message passing so it can be tested: load the saved index
// (or build it once), keep it current as articles change, answer queries with snippets, and save
// it again a little after changes stop.
import { InvertedIndex } from '../../shared/search/inverted-index'
import { deserializeIndex, serializeIndex } from '../../shared/search/index-codec'
import { documentsFromRecords } from '../../shared/search/documents-from-records'
import { isEmptyQuery, parseQuery, type SearchQuery } from '../../shared/search/query'
import { hasPhrases } from '../../shared/search/match-ranges'
import { makeSnippet } from '../../shared/search/snippet'
import { recordIdOfKey, type SearchKind } from '../../shared/search/search-document'
import { listAllArticleIds, loadArticleRecords, loadHighlights, loadMetas, loadNoteTexts, loadPlainTexts } from '../db/search-source-repository'
import { loadPendingArticleIds, loadSavedIndex, saveIndex, savePendingArticleIds } from '../db/search-index-repository'
import type { IndexStatus, SearchResultItem, SearchResults } from './search-protocol'

const BATCH = 100
// Phrase queries check candidates' text; this bounds the texts read per kind.
const PHRASE_CANDIDATES = 300

/** The index and everything that keeps it current. */
export class SearchEngine {
  private index = new InvertedIndex()
  private ready: Promise<void> | null = null
  private building = false
  private pending = new Set<string>()
  private saveTimer: ReturnType<typeof setTimeout> | null = null
  private turn: Promise<void> = Promise.resolve()

  constructor(private readonly saveDelayMs = 3000) {}

  /** Loads the saved index, re-indexes what changed since, or builds it from scratch. */
  start(): Promise<void> {
    this.ready ??= this.open()
    return this.ready
  }

  private async open(): Promise<void> {
    const bytes = await loadSavedIndex()
    const saved = bytes && deserializeIndex(bytes)
    if (saved) {
      this.index = saved
      // Articles changed while no one was listening, or added or deleted behind the index's back.
      const indexed = new Set(this.index.articleIds())
      const stored = await listAllArticleIds()
      const storedSet = new Set(stored)
      const stale = [...(await loadPendingArticleIds()), ...stored.filter((id) => !indexed.has(id)), ...[...indexed].filter((id) => !storedSet.has(id))]
      await this.reindex(stale)
      if (stale.length) this.scheduleSave()
      return
    }
    this.building = true
    const ids = await listAllArticleIds()
    for (let start = 0; start < ids.length; start += BATCH) await this.reindex(ids.slice(start, start + BATCH))
    this.building = false
    await this.save()
  }

  /** Re-reads the given articles and replaces their documents in the index. */
  async reindex(articleIds: readonly string[]): Promise<void> {
    const unique = [...new Set(articleIds)]
    if (unique.length === 0) return
    const records = await loadArticleRecords(unique)
    for (const id of unique) {
      this.index.removeArticle(id)
      const record = records.get(id)
      if (record) for (const document of documentsFromRecords(record)) this.index.add(document)
    }
  }

  /** Articles changed in storage: re-index them now, save the index later. */
  changed(articleIds: readonly string[]): Promise<void> {
    return this.inTurn(async () => {
      articleIds.forEach((id) => this.pending.add(id))
      await savePendingArticleIds([...this.pending])
      await this.reindex(articleIds)
      this.scheduleSave()
    })
  }

  // Updates and queries run one after another, so a query never overtakes an update sent before it.
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(() => this.start()).then(work)
    this.turn = result.then(
      () => undefined,
      () => undefined
    )
    return result
  }

  /** The index's state. */
  async status(): Promise<IndexStatus> {
    await this.start()
    return { documents: this.index.size, ready: !this.building }
  }

  /** Answers a query: ranked matches by kind, with snippets built from the stored texts. */
  search(text: string, limit: number): Promise<SearchResults> {
    return this.inTurn(() => this.answer(text, limit))
  }

  private async answer(text: string, limit: number): Promise<SearchResults> {
    const query = parseQuery(text)
    const empty = { total: 0, items: [] }
    const results: SearchResults = { query: text, groups: { article: empty, highlight: empty, note: empty }, tags: [], indexing: this.building }
    if (isEmptyQuery(query)) return results
    const found = this.index.search(query, query.phrases.length ? PHRASE_CANDIDATES : limit)
    results.tags = this.index.matchingTags(query)
    const metas = await loadMetas([...found.hits.article, ...found.hits.highlight, ...found.hits.note].map((hit) => hit.articleId))
    for (const kind of ['article', 'highlight', 'note'] as const) {
      const items = await this.describe(
        kind,
        found.hits[kind].map((hit) => hit.key),
        query,
        limit
      )
      results.groups[kind] = {
        total: query.phrases.length ? items.length : found.totals[kind],
        items: items.map((item) => ({ ...item, articleTitle: metas.get(item.articleId)?.title ?? '', source: metas.get(item.articleId)?.source ?? null }))
      }
    }
    return results
  }

  // Snippets for the best keys of one kind; with phrases, only texts that hold them are kept.
  private async describe(kind: SearchKind, keys: readonly string[], query: SearchQuery, limit: number): Promise<SearchResultItem[]> {
    const items: SearchResultItem[] = []
    for (let start = 0; start < keys.length && items.length < limit; start += limit) {
      const batch = keys.slice(start, start + limit)
      const ids = batch.map(recordIdOfKey)
      const texts = await this.texts(kind, ids)
      for (const [index, id] of ids.entries()) {
        const entry = texts.get(id)
        if (!entry || !hasPhrases(`${entry.title}\n${entry.text}`, query)) continue
        const inText = makeSnippet(entry.text, query)
        const matchedText = inText.marks.length > 0
        const snippet = matchedText || !entry.title ? inText : makeSnippet(entry.title, query)
        const at = kind === 'highlight' ? entry.at : matchedText && kind === 'article' ? inText.at : null
        const mark = inText.marks[0]
        items.push({
          kind,
          key: batch[index]!,
          articleId: entry.articleId,
          articleTitle: '',
          source: null,
          snippet,
          at,
          length: kind === 'highlight' ? entry.length : mark ? mark[1] - mark[0] : 0,
          color: entry.color,
          tags: entry.tags
        })
        if (items.length >= limit) break
      }
    }
    return items
  }

  private async texts(
    kind: SearchKind,
    ids: string[]
  ): Promise<
    Map<string, { articleId: string; title: string; text: string; at: number | null; length: number; color: SearchResultItem['color']; tags: string[] }>
  > {
    if (kind === 'article') {
      const [metas, texts] = await Promise.all([loadMetas(ids), loadPlainTexts(ids)])
      return new Map(
        ids.flatMap((id) => {
          const meta = metas.get(id)
          return meta ? [[id, { articleId: id, title: meta.title, text: texts.get(id) ?? '', at: null, length: 0, color: null, tags: meta.tags }] as const] : []
        })
      )
    }
    if (kind === 'highlight') {
      const highlights = await loadHighlights(ids)
      return new Map(
        [...highlights].map(([id, h]) => [
          id,
          {
            articleId: h.articleId,
            title: '',
            text: h.note.text ? `${h.quote}\n\n${h.note.text}` : h.quote,
            at: h.start,
            length: h.end - h.start,
            color: h.color,
            tags: h.tags
          }
        ])
      )
    }
    const notes = await loadNoteTexts(ids)
    return new Map([...notes].map(([id, text]) => [id, { articleId: id, title: '', text, at: null, length: 0, color: null, tags: [] }]))
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => void this.save(), this.saveDelayMs)
  }

  /** Saves the index now (and forgets the changed-article list it covers). */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    const bytes = serializeIndex(this.index)
    // Changes arriving while this saves record themselves in a later transaction.
    this.pending.clear()
    await saveIndex(bytes, [])
  }
}
