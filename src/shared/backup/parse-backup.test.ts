import { describe, expect, it } from 'vitest'
import { parseBackup } from './parse-backup'
import { serializeBackup } from './serialize-backup'
import { fixtureLibrary } from './test-library'

describe('backup round trip', () => {
  it('serialises and parses a full library back to equal data', () => {
    const library = fixtureLibrary()
    const text = serializeBackup(library, new Date(Date.UTC(2024, 5, 1)))
    const parsed = parseBackup(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value).toEqual(library)
    expect(parsed.warnings).toEqual([])
    expect(JSON.parse(text)).toMatchObject({ format: 'gloss-backup', version: 1, createdAt: '2024-06-01T00:00:00.000Z' })
  })
})

describe('parseBackup refuses what it cannot restore', () => {
  const valid = serializeBackup(fixtureLibrary())
  const cases: Array<[string, string, RegExp]> = [
    ['empty', '   ', /empty/],
    ['truncated', valid.slice(0, Math.floor(valid.length / 2)), /incomplete/],
    ['corrupt', 'gloss-backup\u0000\u0001garbage', /not valid JSON/],
    ['foreign JSON', JSON.stringify({ name: 'package', version: 1 }), /not a Gloss backup/],
    ['JSON array', '[1,2]', /not a Gloss backup/],
    ['W3C export', JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' }), /annotation export/],
    ['future version', valid.replace('"version":1', '"version":7'), /newer version of Gloss \(backup format 7/],
    ['no version', valid.replace('"version":1,', ''), /version is missing/],
    ['damaged list', valid.replace(/"highlights":\[.*?\],"articleNotes"/s, '"highlights":{},"articleNotes"'), /“highlights” is not a list/]
  ]
  for (const [name, text, message] of cases) {
    it(`gives a clear error for a ${name} file`, () => {
      const parsed = parseBackup(text)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.error).toMatch(message)
      expect('value' in parsed).toBe(false)
    })
  }
})

describe('normalise on read', () => {
  it('completes old, partial records and keeps bad highlights as orphans', () => {
    const old = JSON.stringify({
      format: 'gloss-backup',
      version: 1,
      articles: [{ id: 'a', title: '', fileName: 'old.txt', progress: 3, tags: ['x', ' X ', '', 'y', 5] }, { title: 'no id' }],
      bodies: [
        { articleId: 'a', blocks: [{ kind: 'weird', text: 'Hello world' }] },
        { articleId: 'ghost', blocks: [] }
      ],
      highlights: [
        { id: 'h1', articleId: 'a', start: 0, end: 5, note: 'legacy string note', color: 'orange' },
        { id: 'h2', articleId: 'a', start: 6, end: 500, quote: 'world' },
        { id: 'h3', articleId: 'ghost', start: 0, end: 1 },
        { id: 'h1', articleId: 'a', start: 0, end: 5, updatedAt: -1 }
      ],
      tags: ['x', { name: 'X' }, { name: 'diplomacy/border', color: 3 }],
      settings: [{ key: 'colorMeanings', value: { yellow: 'Main idea' } }]
    })
    const parsed = parseBackup(old)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const [article] = parsed.value.articles
    expect(parsed.value.articles).toHaveLength(1)
    expect(article).toMatchObject({ id: 'a', title: 'old.txt', progress: 1, readingState: 'finished', tags: ['x', 'y'], highlightCount: 3, format: 'txt' })
    expect(parsed.value.bodies).toEqual([
      { articleId: 'a', blocks: [{ kind: 'paragraph', text: 'Hello world' }], removed: [], repairs: [], warnings: [], originalText: 'Hello world' }
    ])
    const [h1, h2] = parsed.value.highlights
    expect(h1).toMatchObject({ id: 'h1', quote: 'Hello', color: 'yellow', orphaned: false, note: { doc: null, text: 'legacy string note' } })
    expect(h2).toMatchObject({ id: 'h2', orphaned: true, quote: 'world', start: 0, end: 0 })
    expect(parsed.value.highlights).toHaveLength(2)
    expect(parsed.value.tags).toEqual([{ name: 'x' }, { name: 'diplomacy/border' }])
    expect(parsed.value.settings[0]?.value).toMatchObject({ yellow: 'Main idea', green: 'Evidence' })
    expect(parsed.warnings.join(' ')).toMatch(/kept as orphaned/)
    expect(parsed.warnings.join(' ')).toMatch(/belonged to no article/)
  })
})
