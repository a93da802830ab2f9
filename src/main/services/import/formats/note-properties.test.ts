import { describe, expect, it } from 'vitest'
import { readMarkdownFile } from './markdown'
import { splitNoteProperties } from './note-properties'

const LOGSEQ_PAGE = [
  'title:: River notes',
  'author:: Lan Tran',
  'date:: [[Mar 5th, 2024]]',
  '',
  '- Salinity crept inland this spring.',
  '  id:: 6501a2b3-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  '  collapsed:: true',
  '\t- Farmers switched to salt-tolerant rice.',
  '',
  '```',
  'config:: kept in code',
  '```'
].join('\n')

describe('splitNoteProperties', () => {
  it("reads a page's properties from its first lines and takes every property line out of the text, on record", () => {
    const split = splitNoteProperties(LOGSEQ_PAGE)
    expect(Object.fromEntries(split.page)).toEqual({ title: 'River notes', author: 'Lan Tran', date: '[[Mar 5th, 2024]]' })
    expect(split.body).not.toMatch(/id::|collapsed::|title::/)
    expect(split.body).toContain('config:: kept in code')
    expect(split.removed).toContainEqual({ kind: 'note-property', text: 'id:: 6501a2b3-1c2d-4e5f-8a9b-0c1d2e3f4a5b' })
    expect(split.removed).toHaveLength(5)
  })

  it('leaves a note without properties as it is', () => {
    const note = 'A line: with a colon.\n\nAnd a URL https://example.com/a::b in text.'
    expect(splitNoteProperties(note)).toEqual({ page: new Map(), body: note, removed: [] })
  })
})

describe('readMarkdownFile with Logseq properties', () => {
  it('takes title, author and date from the page properties and leaves block properties out of the text', () => {
    const result = readMarkdownFile('/graph/pages/river.md', new TextEncoder().encode(LOGSEQ_PAGE))
    expect(result).toMatchObject({ title: 'River notes', byline: 'Lan Tran', publishedAt: '2024-03-05' })
    expect(result.blocks).toEqual([
      { kind: 'list-item', text: 'Salinity crept inland this spring.' },
      { kind: 'list-item', text: 'Farmers switched to salt-tolerant rice.' },
      { kind: 'code', text: 'config:: kept in code' }
    ])
  })
})
