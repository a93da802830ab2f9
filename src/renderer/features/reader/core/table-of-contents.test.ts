import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../shared/model/document'
import { currentContentsEntry, tableOfContents } from './table-of-contents'

const blocks: Block[] = [
  { kind: 'summary', text: 'Standfirst' },
  { kind: 'heading', text: 'First  section\n' },
  { kind: 'paragraph', text: 'Body' },
  { kind: 'heading', text: '   ' },
  { kind: 'caption', text: 'Caption' },
  { kind: 'heading', text: 'Second' }
]

describe('tableOfContents', () => {
  it('lists non-blank headings with their block index, whitespace collapsed', () => {
    expect(tableOfContents(blocks)).toEqual([
      { blockIndex: 1, title: 'First section' },
      { blockIndex: 5, title: 'Second' }
    ])
  })

  it('is empty for an article without headings', () => {
    expect(tableOfContents([{ kind: 'paragraph', text: 'Only text' }])).toEqual([])
  })
})

describe('currentContentsEntry', () => {
  const entries = tableOfContents(blocks)
  it('is null before the first heading', () => expect(currentContentsEntry(entries, 0)).toBeNull())
  it('is the last heading at or above the block', () => {
    expect(currentContentsEntry(entries, 1)?.title).toBe('First section')
    expect(currentContentsEntry(entries, 4)?.title).toBe('First section')
    expect(currentContentsEntry(entries, 5)?.title).toBe('Second')
  })
})
