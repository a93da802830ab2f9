// Gloss's own W3C annotation exports can be imported back: this reads one (or any W3C
// annotation document of the same shape) into selectors that re-anchoring can place.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../model/annotation'
import { ARTICLE_URN_PREFIX, COLOR_STYLE_CLASS_PREFIX, HIGHLIGHT_URN_PREFIX } from '../export/w3c-vocabulary'
import { asCount, asRecord, asString } from './lenient-readers'
import { err, ok, type Result } from './result'

/** One annotation ready to re-attach: by article id when it names a Gloss article, else by its quote. */
export interface ReattachableAnnotation {
  /** The Gloss highlight id when the annotation came from Gloss. */
  highlightId: string | null
  /** The Gloss article id from `urn:gloss:article:<id>`; null for other sources. */
  articleId: string | null
  /** The target source as written (an IRI). */
  source: string
  quote: { exact: string; prefix: string; suffix: string } | null
  position: { start: number; end: number } | null
  color: HighlightColor | null
  /** The commenting body (Markdown), '' when there is none. */
  note: string
  tags: string[]
  created: string | null
  modified: string | null
}

/** Parses a W3C annotation export (collection, page, array or single annotation). */
export function parseGlossW3cExport(json: unknown): Result<ReattachableAnnotation[], string> {
  let document = json
  if (typeof json === 'string') {
    try {
      document = JSON.parse(json)
    } catch {
      return err('The annotation file is damaged: it is not valid JSON.')
    }
  }
  const items = annotationItems(document)
  if (items === null) return err('This file does not contain W3C Web Annotations.')
  const annotations = items.map(readAnnotation).filter((a): a is ReattachableAnnotation => a !== null)
  if (items.length > 0 && annotations.length === 0) return err('None of the annotations in this file point at text Gloss can find.')
  return ok(annotations)
}

function annotationItems(document: unknown): unknown[] | null {
  if (Array.isArray(document)) return document
  const record = asRecord(document)
  if (record.type === 'AnnotationCollection') {
    const first = asRecord(record.first)
    return Array.isArray(first.items) ? first.items : []
  }
  if (record.type === 'AnnotationPage') return Array.isArray(record.items) ? record.items : []
  if (record.type === 'Annotation') return [record]
  return null
}

function readAnnotation(raw: unknown): ReattachableAnnotation | null {
  const annotation = asRecord(raw)
  if (annotation.type !== 'Annotation') return null
  const target = typeof annotation.target === 'string' ? { source: annotation.target } : asRecord(annotation.target)
  const source = asString(target.source, '')
  const selectors = (Array.isArray(target.selector) ? target.selector : [target.selector]).map(asRecord)
  const quoteSelector = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string')
  const positionSelector = selectors.find((s) => s.type === 'TextPositionSelector')
  const start = asCount(positionSelector?.start)
  const end = asCount(positionSelector?.end)
  const position = start !== null && end !== null && start < end ? { start, end } : null
  const quote =
    quoteSelector === undefined
      ? null
      : { exact: String(quoteSelector.exact), prefix: asString(quoteSelector.prefix, ''), suffix: asString(quoteSelector.suffix, '') }
  if (quote === null && position === null) return null
  const bodies = (Array.isArray(annotation.body) ? annotation.body : annotation.body === undefined ? [] : [annotation.body]).map(asRecord)
  const bodyValues = (purpose: string) => bodies.filter((b) => b.purpose === purpose && typeof b.value === 'string').map((b) => String(b.value))
  const styleClass = asString(target.styleClass, '')
  const colorName = styleClass.startsWith(COLOR_STYLE_CLASS_PREFIX) ? styleClass.slice(COLOR_STYLE_CLASS_PREFIX.length) : ''
  const id = asString(annotation.id, '')
  return {
    highlightId: id.startsWith(HIGHLIGHT_URN_PREFIX) ? safeDecode(id.slice(HIGHLIGHT_URN_PREFIX.length)) : null,
    articleId: source.startsWith(ARTICLE_URN_PREFIX) ? safeDecode(source.slice(ARTICLE_URN_PREFIX.length)) : null,
    source,
    quote,
    position,
    color: (HIGHLIGHT_COLORS as readonly string[]).includes(colorName) ? (colorName as HighlightColor) : null,
    note: bodyValues('commenting').join('\n\n'),
    tags: bodyValues('tagging'),
    created: asString(annotation.created, null),
    modified: asString(annotation.modified, null)
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
