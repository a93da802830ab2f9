// The notebook's pure logic: filtering highlights with the search syntax (words, prefixes,
// "phrases", tag:, source:, color:) and grouping them by tag, article, colour or date.
import type { Highlight } from '../model/annotation'
import { fold, tokenize } from './fold'
import { phraseRanges } from './match-ranges'
import type { SearchQuery } from './query'

/** A highlight with what the notebook shows of its article. */
export interface NotebookEntry {
  highlight: Highlight
  articleTitle: string
  source: string | null
  articleTags: readonly string[]
}

export type NotebookGrouping = 'tag' | 'article' | 'color' | 'date'

/** A heading and the entries under it. */
export interface NotebookGroup {
  key: string
  label: string
  entries: NotebookEntry[]
}

/** Entries matching every word, the prefix, every phrase and every filter of the query. */
export function filterNotebook(entries: readonly NotebookEntry[], query: SearchQuery): NotebookEntry[] {
  return entries.filter(({ highlight, source, articleTags }) => {
    const tags = [...highlight.tags, ...articleTags].map(fold)
    if (!query.tags.every((tag) => tags.includes(tag))) return false
    if (query.sources.length && !query.sources.includes(fold(source ?? ''))) return false
    if (query.colors.length && !query.colors.includes(highlight.color)) return false
    const tokens = tokenize(`${highlight.quote}\n${highlight.note.text}\n${highlight.tags.join(' ')}`)
    const terms = new Set(tokens.map((token) => token.term))
    if (!query.words.every((word) => terms.has(word))) return false
    if (query.prefix && !tokens.some((token) => token.term.startsWith(query.prefix!))) return false
    return query.phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0)
  })
}

/** Groups entries (newest first within each group); untagged highlights form their own group. */
export function groupNotebook(entries: readonly NotebookEntry[], by: NotebookGrouping): NotebookGroup[] {
  const groups = new Map<string, NotebookGroup>()
  const add = (key: string, label: string, entry: NotebookEntry): void => {
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { key, label, entries: [] }))
    group.entries.push(entry)
  }
  const sorted = [...entries].sort((a, b) => b.highlight.createdAt - a.highlight.createdAt)
  for (const entry of sorted) {
    const { highlight } = entry
    if (by === 'tag') {
      if (highlight.tags.length === 0) add('\uffff', 'Untagged', entry)
      for (const tag of highlight.tags) add(fold(tag), `#${tag}`, entry)
    } else if (by === 'article') add(highlight.articleId, entry.articleTitle, entry)
    else if (by === 'color') add(highlight.color, highlight.color[0]!.toUpperCase() + highlight.color.slice(1), entry)
    else {
      const day = new Date(highlight.createdAt).toISOString().slice(0, 10)
      add(day, new Date(highlight.createdAt).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }), entry)
    }
  }
  const list = [...groups.values()]
  if (by === 'date') return list.sort((a, b) => b.key.localeCompare(a.key))
  if (by === 'article') return list
  return list.sort((a, b) => a.key.localeCompare(b.key))
}

/** Each tag on a highlight with how many highlights carry it and in how many articles. */
export function tagOverview(entries: readonly NotebookEntry[]): { tag: string; highlights: number; articles: number }[] {
  const overview = new Map<string, { tag: string; highlights: number; articles: Set<string> }>()
  for (const { highlight } of entries) {
    for (const tag of highlight.tags) {
      const key = fold(tag)
      const row = overview.get(key) ?? { tag, highlights: 0, articles: new Set<string>() }
      row.highlights += 1
      row.articles.add(highlight.articleId)
      overview.set(key, row)
    }
  }
  return [...overview.values()]
    .map((row) => ({ tag: row.tag, highlights: row.highlights, articles: row.articles.size }))
    .sort((a, b) => b.highlights - a.highlights || a.tag.localeCompare(b.tag))
}
