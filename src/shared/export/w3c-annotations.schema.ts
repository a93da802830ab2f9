// JSON Schema of the subset of the W3C Web Annotation Data Model that Gloss writes; tests
// validate every export against it, and importers may reuse it to check files.

const textualBody = {
  type: 'object',
  required: ['type', 'value', 'purpose'],
  additionalProperties: false,
  properties: {
    type: { const: 'TextualBody' },
    value: { type: 'string' },
    purpose: { enum: ['commenting', 'tagging', 'classifying'] },
    format: { const: 'text/markdown' }
  }
} as const

const textQuoteSelector = {
  type: 'object',
  required: ['type', 'exact'],
  additionalProperties: false,
  properties: {
    type: { const: 'TextQuoteSelector' },
    exact: { type: 'string' },
    prefix: { type: 'string' },
    suffix: { type: 'string' }
  }
} as const

const textPositionSelector = {
  type: 'object',
  required: ['type', 'start', 'end'],
  additionalProperties: false,
  properties: {
    type: { const: 'TextPositionSelector' },
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 }
  }
} as const

const isoDateTime = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' } as const

/** Schema of one annotation as Gloss emits it. */
export const W3C_ANNOTATION_SCHEMA = {
  type: 'object',
  required: ['id', 'type', 'motivation', 'created', 'modified', 'target'],
  additionalProperties: false,
  properties: {
    '@context': { const: 'http://www.w3.org/ns/anno.jsonld' },
    id: { type: 'string', pattern: '^urn:(uuid|gloss:highlight):.+$' },
    type: { const: 'Annotation' },
    motivation: { enum: ['highlighting', 'commenting'] },
    created: isoDateTime,
    modified: isoDateTime,
    stylesheet: {
      type: 'object',
      required: ['type', 'value'],
      additionalProperties: false,
      properties: { type: { const: 'CssStylesheet' }, value: { type: 'string' } }
    },
    body: { type: 'array', minItems: 1, items: textualBody },
    target: {
      type: 'object',
      required: ['type', 'source', 'selector'],
      additionalProperties: false,
      properties: {
        type: { const: 'SpecificResource' },
        source: { type: 'string', pattern: '^urn:gloss:article:.+$' },
        styleClass: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
        selector: {
          type: 'array',
          minItems: 1,
          maxItems: 2,
          items: { oneOf: [textQuoteSelector, textPositionSelector] }
        }
      }
    }
  }
} as const

/** Schema of a whole Gloss W3C export: one collection with one embedded page. */
export const W3C_COLLECTION_SCHEMA = {
  type: 'object',
  required: ['@context', 'id', 'type', 'total', 'first'],
  additionalProperties: false,
  properties: {
    '@context': { const: 'http://www.w3.org/ns/anno.jsonld' },
    id: { type: 'string', pattern: '^urn:' },
    type: { const: 'AnnotationCollection' },
    label: { type: 'string' },
    total: { type: 'integer', minimum: 0 },
    first: {
      type: 'object',
      required: ['id', 'type', 'items'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: '^urn:' },
        type: { const: 'AnnotationPage' },
        startIndex: { type: 'integer', minimum: 0 },
        items: { type: 'array', items: W3C_ANNOTATION_SCHEMA }
      }
    }
  }
} as const
