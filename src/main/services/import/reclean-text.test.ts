import { describe, expect, it } from 'vitest'
import { recleanText } from './reclean-text'

describe('recleanText', () => {
  it("reads a text format's kept source again, whole", async () => {
    const cleaned = await recleanText({
      fileName: 'notes.md',
      format: 'md',
      originalText: '# Tides\n\nThe tide of Nati🍌onal interest.\n\n```\nkeep  this\n```'
    })
    expect(cleaned.cleanedFrom).toBe('source')
    expect(cleaned.blocks).toEqual([
      { kind: 'paragraph', text: 'The tide of National interest.' },
      { kind: 'code', text: 'keep  this' }
    ])
  })

  it("cleans a book's current blocks again with their kinds, code verbatim and the title heading kept apart", async () => {
    const code = 'def read():\n    level = gauge()\n\n    return level'
    const cleaned = await recleanText({
      fileName: 'book.epub',
      format: 'epub',
      originalText: `Storm log\n\nThe keepers ofNational fame.\n\n${code}`,
      current: {
        title: 'The Lighthouse Keepers',
        blocks: [
          { kind: 'heading', text: 'Storm log' },
          { kind: 'paragraph', text: 'The keepers ofNational fame.' },
          { kind: 'list-item', text: 'First watch' },
          { kind: 'code', text: code }
        ]
      }
    })
    expect(cleaned.cleanedFrom).toBe('current-text')
    expect(cleaned.blocks).toEqual([
      { kind: 'heading', text: 'Storm log' },
      { kind: 'paragraph', text: 'The keepers of National fame.' },
      { kind: 'list-item', text: 'First watch' },
      { kind: 'code', text: code }
    ])
    expect(cleaned.repairs).toEqual([{ kind: 'split-glued-word', before: 'ofNational', after: 'of National' }])
  })

  it('keeps a section heading that leads the text once the title was taken off, however like the title it reads', async () => {
    const blocks = [
      { kind: 'heading' as const, text: 'Overview' },
      { kind: 'paragraph' as const, text: 'Tides were measured at four stations along the coast.' }
    ]
    const cleaned = await recleanText({ fileName: 'tides.pdf', format: 'pdf', originalText: '', current: { title: 'Tidal Analysis: Overview', blocks } })
    expect(cleaned.blocks).toEqual(blocks)
    expect(cleaned.removed).toEqual([])
  })

  it('cleans the extracted text as paragraphs when no current blocks come with it, and refuses an empty result', async () => {
    const cleaned = await recleanText({ fileName: 'scan.pdf', format: 'pdf', originalText: 'One paragraph here.\n\nAnother one there.' })
    expect(cleaned.blocks).toEqual([
      { kind: 'paragraph', text: 'One paragraph here.' },
      { kind: 'paragraph', text: 'Another one there.' }
    ])
    await expect(recleanText({ fileName: 'scan.pdf', format: 'pdf', originalText: '  ' })).rejects.toThrow('"scan.pdf" has no readable text')
  })
})
