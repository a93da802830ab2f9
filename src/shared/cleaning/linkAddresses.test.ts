import { describe, expect, it } from 'vitest'
import { cleanPlainText } from './cleanPlainText'
import { linkWrittenAddresses } from './linkAddresses'

const linked = (text: string, kind: 'paragraph' | 'code' = 'paragraph') => {
  const block = linkWrittenAddresses({ kind, text })
  expect(block.text).toBe(text)
  return (block.links ?? []).map((link) => [text.slice(link.start, link.end), link.href])
}

describe('linkWrittenAddresses', () => {
  it('links web and mail addresses written in the text, and leaves the text as it was', () => {
    expect(linked('See https://news.example/a?id=3, www.coast.com/notices or write to desk@news.example.')).toEqual([
      ['https://news.example/a?id=3', 'https://news.example/a?id=3'],
      ['www.coast.com/notices', 'http://www.coast.com/notices'],
      ['desk@news.example', 'mailto:desk@news.example']
    ])
  })

  it('leaves bare names, other schemes and code alone', () => {
    expect(linked('Node.js and VietnamPlus.vn, ftp://files.example/x and //cdn.example/y.')).toEqual([])
    expect(linked('curl https://a.org/x', 'code')).toEqual([])
  })
})

describe('cleanPlainText with written addresses', () => {
  it('keeps an address whole (no glued-word split inside it) and links it', () => {
    const cleaned = cleanPlainText(
      'Storm closes ferries\n\nThe company said in a notice at https://news.example/territorialsovereignty/storyOne that crossings stop at noon under the rules.\n\nMore about the storm follows here, with the harbour and the boats tied down overnight.'
    )
    const block = cleaned.blocks[0]!
    expect(block.text).toContain('https://news.example/territorialsovereignty/storyOne that')
    expect(block.links?.map((link) => link.href)).toEqual(['https://news.example/territorialsovereignty/storyOne'])
  })
})
