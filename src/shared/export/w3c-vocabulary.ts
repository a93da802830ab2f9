// Names Gloss uses inside W3C Web Annotation documents, shared by the exporter and by the
// importer that re-attaches them, so the two cannot drift apart.
import type { HighlightColor } from '../model/annotation'

/** The JSON-LD context every W3C Web Annotation document declares. */
export const W3C_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** Prefix of an article's URN, the target `source` of its annotations. */
export const ARTICLE_URN_PREFIX = 'urn:gloss:article:'
/** Prefix of a highlight's URN, the annotation `id`. */
export const HIGHLIGHT_URN_PREFIX = 'urn:gloss:highlight:'
/** Prefix of the CSS class naming a highlight colour (`styleClass` on the target). */
export const COLOR_STYLE_CLASS_PREFIX = 'gloss-color-'

/** Screen colours of highlights, shared by the HTML export and W3C stylesheets. */
export const HIGHLIGHT_CSS_COLORS: Record<HighlightColor, string> = {
  yellow: '#fff3a3',
  green: '#c8f0c0',
  blue: '#c5e1ff',
  pink: '#ffd0e4',
  purple: '#e2d4ff'
}

/** A text body of an annotation. */
export interface W3cTextualBody {
  type: 'TextualBody'
  value: string
  purpose: 'commenting' | 'tagging' | 'classifying'
  format?: 'text/markdown'
}

/** A W3C selector Gloss writes: the quote in context, and its character offsets. */
export type W3cSelector =
  { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } | { type: 'TextPositionSelector'; start: number; end: number }

/** One highlight as a W3C Web Annotation. */
export interface W3cAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'highlighting' | 'commenting'
  created: string
  modified: string
  stylesheet?: { type: 'CssStylesheet'; value: string }
  body?: W3cTextualBody[]
  target: { type: 'SpecificResource'; source: string; styleClass?: string; selector: W3cSelector[] }
}

/** An export: a collection whose single embedded page holds the annotations. */
export interface W3cAnnotationCollection {
  '@context': typeof W3C_ANNOTATION_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] }
}
