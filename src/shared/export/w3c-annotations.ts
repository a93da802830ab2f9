// W3C Web Annotation (JSON-LD) export, the interchange format of Hypothesis and other
// annotation tools. Colour is carried the way the model allows: a `styleClass` on the target
// with a CSS `stylesheet` on the annotation, plus a `classifying` body with the colour's meaning.
import type { Highlight } from '../model/annotation'
import { articlePlainText } from '../model/text'
import { layoutFiles } from './export-files'
import { placeHighlights } from './highlight-ranges'
import { noteToMarkdown } from './tiptap-to-markdown'
import type { ExportArticle, ExportFile, ExportMode, ExportOptions } from './types'
import {
  ARTICLE_URN_PREFIX,
  COLOR_STYLE_CLASS_PREFIX,
  HIGHLIGHT_CSS_COLORS,
  HIGHLIGHT_URN_PREFIX,
  W3C_ANNOTATION_CONTEXT,
  type W3cAnnotation,
  type W3cAnnotationCollection,
  type W3cSelector,
  type W3cTextualBody
} from './w3c-vocabulary'

/** Exports highlights as W3C Web Annotation collections (JSON-LD). */
export function exportAsW3cAnnotations(articles: ExportArticle[], options: ExportOptions, mode: ExportMode): ExportFile[] {
  return layoutFiles(articles, options, mode, {
    extension: 'json',
    mimeType: 'application/ld+json',
    render: (group) => `${JSON.stringify(annotationCollection(group, options, mode), null, 2)}\n`
  })
}

/** Builds the collection object for a group of articles (exported for tests and previews). */
export function annotationCollection(articles: ExportArticle[], options: ExportOptions, mode: ExportMode): W3cAnnotationCollection {
  const items = articles.flatMap((article) => articleAnnotations(article, options))
  const only = mode === 'file-per-article' ? articles[0] : undefined
  const id = `urn:gloss:export:${options.exportedAt.getTime()}${only === undefined ? '' : `:${encodeURIComponent(only.meta.id)}`}`
  return {
    '@context': W3C_ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: only === undefined ? 'Gloss export' : only.meta.title,
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items }
  }
}

function articleAnnotations(article: ExportArticle, options: ExportOptions): W3cAnnotation[] {
  const textLength = article.body === null ? null : articlePlainText(article.body.blocks).length
  const { placed, orphaned } = placeHighlights(article.highlights, textLength)
  const source = ARTICLE_URN_PREFIX + encodeURIComponent(article.meta.id)
  return [
    ...placed.map((highlight) => highlightAnnotation(highlight, source, true, options)),
    ...orphaned.map((highlight) => highlightAnnotation(highlight, source, false, options))
  ]
}

/** One highlight as an annotation; orphans keep only their quote, since their offsets are stale. */
function highlightAnnotation(highlight: Highlight, source: string, placed: boolean, options: ExportOptions): W3cAnnotation {
  const body: W3cTextualBody[] = []
  const note = options.includeNotes ? noteToMarkdown(highlight.note) : ''
  if (note !== '') body.push({ type: 'TextualBody', value: note, purpose: 'commenting', format: 'text/markdown' })
  if (options.includeTags) {
    for (const tag of new Set(highlight.tags.map((t) => t.trim()).filter((t) => t !== ''))) {
      body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' })
    }
  }
  const selector: W3cSelector[] = [{ type: 'TextQuoteSelector', exact: highlight.quote, prefix: highlight.prefix, suffix: highlight.suffix }]
  if (placed) selector.push({ type: 'TextPositionSelector', start: highlight.start, end: highlight.end })
  const annotation: W3cAnnotation = {
    id: HIGHLIGHT_URN_PREFIX + encodeURIComponent(highlight.id),
    type: 'Annotation',
    motivation: note === '' ? 'highlighting' : 'commenting',
    created: isoDate(highlight.createdAt),
    modified: isoDate(highlight.updatedAt),
    target: { type: 'SpecificResource', source, selector }
  }
  if (options.includeColors) {
    const styleClass = COLOR_STYLE_CLASS_PREFIX + highlight.color
    const meaning = options.colorMeanings[highlight.color]?.trim() || highlight.color
    body.push({ type: 'TextualBody', value: meaning, purpose: 'classifying' })
    annotation.stylesheet = { type: 'CssStylesheet', value: `.${styleClass} { background-color: ${HIGHLIGHT_CSS_COLORS[highlight.color]}; }` }
    annotation.target.styleClass = styleClass
  }
  if (body.length > 0) annotation.body = body
  return annotation
}

function isoDate(timestamp: number): string {
  return new Date(Number.isFinite(timestamp) ? timestamp : 0).toISOString()
}
