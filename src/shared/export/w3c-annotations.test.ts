import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TEXT, fixtureArticle, fullOptions } from './test-fixtures'
import { exportAsW3cAnnotations } from './w3c-annotations'
import { W3C_COLLECTION_SCHEMA } from './w3c-annotations.schema'
import type { W3cAnnotation, W3cAnnotationCollection } from './w3c-vocabulary'

const validate = new Ajv({ allErrors: true, strict: true }).compile(W3C_COLLECTION_SCHEMA)

function exportCollection(options = fullOptions()): W3cAnnotationCollection {
  const [file] = exportAsW3cAnnotations([fixtureArticle()], options, 'file-per-article')
  expect(file?.mimeType).toBe('application/ld+json')
  return JSON.parse(file?.content ?? '') as W3cAnnotationCollection
}

describe('exportAsW3cAnnotations', () => {
  it('validates against the schema of the emitted W3C subset', () => {
    for (const options of [fullOptions(), fullOptions({ includeNotes: false, includeTags: false, includeColors: false })]) {
      const collection = exportCollection(options)
      expect(validate(collection), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it('rejects documents that break the model', () => {
    const collection = exportCollection()
    const broken = structuredClone(collection)
    const first = broken.first.items[0] as unknown as Record<string, unknown>
    first.motivation = 'liking'
    expect(validate(broken)).toBe(false)
    const noTarget = structuredClone(collection)
    delete (noTarget.first.items[0] as unknown as Record<string, unknown>).target
    expect(validate(noTarget)).toBe(false)
    const badSelector = structuredClone(collection)
    badSelector.first.items[0]!.target.selector = [{ type: 'TextPositionSelector', start: -1, end: 2 }]
    expect(validate(badSelector)).toBe(false)
  })

  it('maps notes, tags and colours to bodies, motivations and style classes', () => {
    const collection = exportCollection()
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(collection.total).toBe(5)
    const byId = new Map<string, W3cAnnotation>(collection.first.items.map((item) => [item.id, item]))
    const commented = byId.get('urn:gloss:highlight:h-overlap-a')
    expect(commented?.motivation).toBe('commenting')
    expect(commented?.body).toEqual([
      { type: 'TextualBody', value: 'Phạm, "quoted", comma\nnewline 😀', purpose: 'commenting', format: 'text/markdown' },
      { type: 'TextualBody', value: 'Việt Nam', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Key point', purpose: 'classifying' }
    ])
    expect(commented?.target.source).toBe('urn:gloss:article:article-1')
    expect(commented?.target.styleClass).toBe('gloss-color-yellow')
    expect(commented?.stylesheet?.value).toContain('.gloss-color-yellow')
    expect(byId.get('urn:gloss:highlight:h-cross')?.motivation).toBe('highlighting')
  })

  it('gives placed highlights both selectors and orphans only the quote', () => {
    const items = exportCollection().first.items
    const placed = items.find((item) => item.id.endsWith('h-cross'))
    expect(placed?.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector'])
    for (const item of items) {
      const [quote, position] = item.target.selector
      if (position?.type === 'TextPositionSelector' && quote?.type === 'TextQuoteSelector') {
        expect(FIXTURE_TEXT.slice(position.start, position.end)).toBe(quote.exact)
      }
    }
    const orphan = items.find((item) => item.id.endsWith('h-orphan'))
    expect(orphan?.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'A quote that is gone\nover two lines', prefix: expect.any(String), suffix: expect.any(String) }
    ])
  })
})
