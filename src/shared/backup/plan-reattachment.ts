// Importing a W3C annotation export puts each annotation back on its article: the one its
// Gloss URN names, else the one whose text contains its quote; re-anchored there, or kept as
// an orphan when it no longer fits. Nothing is ever dropped.
import { anchor, describeRange } from '../anchoring'
import type { Highlight } from '../model/annotation'
import type { ReattachableAnnotation } from './parse-w3c-export'

/** An article an annotation could belong to: its id and plain text. */
export interface ArticleText {
  id: string
  text: string
}

/** The highlights to add, and what the user is told. */
export interface ReattachmentPlan {
  highlights: Highlight[]
  /** Placed on an article at its quote. */
  attached: number
  /** On an article but not placeable in its text, or on no article at all. */
  orphaned: number
  /** Annotations that match no article; their highlights carry `unplacedArticleId`. */
  unplaced: number
  /** Already in the library (same highlight id, or same quote at the same place). */
  alreadyPresent: number
}

interface Context {
  articles: readonly ArticleText[]
  existingIds: ReadonlySet<string>
  existingPlaces: ReadonlySet<string>
  /** Where annotations with no matching article go (an article the caller creates if needed). */
  unplacedArticleId: string
  newId(): string
  now: number
}

/** Plans re-attaching annotations to a library. */
export function planReattachment(annotations: readonly ReattachableAnnotation[], context: Context): ReattachmentPlan {
  const byId = new Map(context.articles.map((article) => [article.id, article]))
  const places = new Set(context.existingPlaces)
  const ids = new Set(context.existingIds)
  const plan: ReattachmentPlan = { highlights: [], attached: 0, orphaned: 0, unplaced: 0, alreadyPresent: 0 }
  const bySource = articlesBySource(annotations, context.articles, byId)
  for (const annotation of annotations) {
    if (annotation.highlightId !== null && ids.has(annotation.highlightId)) {
      plan.alreadyPresent++
      continue
    }
    const article = bySource.get(annotation.source) ?? findByQuote(context.articles, annotation)
    const highlight = place(annotation, article, context)
    if (!highlight.orphaned && places.has(placeKey(highlight))) {
      plan.alreadyPresent++
      continue
    }
    places.add(placeKey(highlight))
    ids.add(highlight.id)
    plan.highlights.push(highlight)
    if (article === undefined) plan.unplaced++
    if (highlight.orphaned) plan.orphaned++
    else plan.attached++
  }
  return plan
}

/** The same quote at the same place in the same article is the same highlight, whatever its id. */
export function placeKey(highlight: Pick<Highlight, 'articleId' | 'start' | 'end' | 'quote'>): string {
  return `${highlight.articleId}\u0000${highlight.start}\u0000${highlight.end}\u0000${highlight.quote}`
}

/** Annotations of one source belong together: the article its URN names, else the first one any of their quotes finds. */
function articlesBySource(
  annotations: readonly ReattachableAnnotation[],
  articles: readonly ArticleText[],
  byId: ReadonlyMap<string, ArticleText>
): Map<string, ArticleText> {
  const found = new Map<string, ArticleText>()
  for (const annotation of annotations) {
    // Sources other than Gloss's own URNs (web pages) may hold many articles' worth; match those one by one.
    if (annotation.articleId === null || found.has(annotation.source)) continue
    const article = byId.get(annotation.articleId) ?? findByQuote(articles, annotation)
    if (article !== undefined) found.set(annotation.source, article)
  }
  return found
}

function findByQuote(articles: readonly ArticleText[], annotation: ReattachableAnnotation): ArticleText | undefined {
  const quote = annotation.quote
  if (quote === null || quote.exact === '') return undefined
  const withContext = quote.prefix.slice(-8) + quote.exact + quote.suffix.slice(0, 8)
  // An article holding the quote in its context beats one that merely contains the words.
  return articles.find((article) => article.text.includes(withContext)) ?? articles.find((article) => article.text.includes(quote.exact))
}

function place(annotation: ReattachableAnnotation, article: ArticleText | undefined, context: Context): Highlight {
  const createdAt = timeOf(annotation.created) ?? context.now
  const base = {
    id: annotation.highlightId !== null && !context.existingIds.has(annotation.highlightId) ? annotation.highlightId : context.newId(),
    articleId: article?.id ?? context.unplacedArticleId,
    color: annotation.color ?? 'yellow',
    note: { doc: null, text: annotation.note },
    tags: annotation.tags,
    createdAt,
    updatedAt: timeOf(annotation.modified) ?? createdAt
  } as const
  const quote = annotation.quote
  const orphan = { ...base, start: 0, end: 0, quote: quote?.exact ?? '', prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '', orphaned: true }
  if (article === undefined) return orphan
  const target = {
    start: annotation.position?.start ?? 0,
    end: annotation.position?.end ?? 0,
    quote: quote?.exact ?? article.text.slice(annotation.position?.start ?? 0, annotation.position?.end ?? 0),
    prefix: quote?.prefix ?? '',
    suffix: quote?.suffix ?? ''
  }
  const result = anchor(article.text, target)
  if (result.status === 'orphan') return { ...orphan, quote: target.quote }
  return { ...base, ...describeRange(article.text, result.start, result.end), orphaned: false }
}

function timeOf(iso: string | null): number | null {
  if (iso === null) return null
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : time
}
