import { describe, expect, it } from 'vitest'
import { originalTextBlocks } from './original-blocks'

describe('originalTextBlocks', () => {
  it('splits at blank lines and joins wrapped lines', () => {
    expect(originalTextBlocks('Title\n\nFirst line\nwrapped on.\n\n\nSecond.\n').map((block) => block.text)).toEqual([
      'Title',
      'First line wrapped on.',
      'Second.'
    ])
  })

  it('splits at line breaks when there are no blank lines', () => {
    expect(originalTextBlocks('ID :\r\n673760\r\nHanoi (VNA) - Text.').map((block) => block.text)).toEqual(['ID :', '673760', 'Hanoi (VNA) - Text.'])
  })

  it('keeps every word of the original', () => {
    const text = 'a b\n\nc   d\n\n  e  '
    expect(originalTextBlocks(text).flatMap((block) => block.text.split(/\s+/))).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})
