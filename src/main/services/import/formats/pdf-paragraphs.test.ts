import { describe, expect, it } from 'vitest'
import { joinLines, linesToParagraphs } from './pdf-paragraphs'
import type { PdfLine } from './pdf-lines'

describe('joinLines', () => {
  it('re-joins words hyphenated across lines but keeps real hyphens and dashes', () => {
    expect(joinLines(['an exam-', 'ple of hyphen-', 'ation'])).toBe('an example of hyphenation')
    expect(joinLines(['a well-', 'Known name'])).toBe('a well- Known name')
    expect(joinLines(['soft\u00ad', 'ware', 'ends -', 'here'])).toBe('software ends - here')
  })
})

describe('linesToParagraphs', () => {
  it('starts a new paragraph at a first-line indent even without extra spacing', () => {
    const at = (text: string, x: number, y: number): PdfLine => ({ text, x, right: x + 400, y, fontSize: 10, page: 0, segment: 0 })
    const { blocks } = linesToParagraphs([
      [at('First paragraph line one', 72, 700), at('and its second line.', 72, 688), at('Indented start of the next', 90, 676), at('paragraph.', 72, 664)]
    ])
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'First paragraph line one and its second line.' },
      { kind: 'paragraph', text: 'Indented start of the next paragraph.' }
    ])
  })
})
