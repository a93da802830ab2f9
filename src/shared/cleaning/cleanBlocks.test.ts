import { describe, expect, it } from 'vitest'
import { cleanBlocks } from './cleanBlocks'
import type { Block } from '../model/document'

describe('cleanBlocks', () => {
  it('repairs text inside blocks, keeps their kinds and lifts a leading heading into the title', () => {
    const result = cleanBlocks([
      { kind: 'heading', text: 'Defence diplomacy review' },
      { kind: 'paragraph', text: 'The Ministry ofNational Defence reviewed Vietnamâ€™s ar🍌ms   cooperation.' },
      { kind: 'list-item', text: 'more than 100countries' },
      { kind: 'paragraph', text: 'leftcenterrightdel' },
      { kind: 'paragraph', text: 'It ended well, he went on./.' },
      { kind: 'paragraph', text: 'A teaser for another story.' }
    ])
    expect(result.title).toBe('Defence diplomacy review')
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: 'The Ministry of National Defence reviewed Vietnam’s arms cooperation.' },
      { kind: 'list-item', text: 'more than 100 countries' },
      { kind: 'paragraph', text: 'It ended well, he went on.' }
    ])
    expect(result.removed.map((removal) => removal.kind)).toEqual(['end-marker', 'teaser', 'cms-debris', 'title'])
    expect(result.repairs.map((repair) => repair.kind).sort()).toEqual(['junk-character', 'mojibake', 'split-glued-word', 'split-glued-word'])
  })

  it('keeps a leading section heading when the metadata names another title, and drops one that repeats it', () => {
    const blocks = [
      { kind: 'heading' as const, text: 'Field notes' },
      { kind: 'paragraph' as const, text: 'Salinity crept further inland this spring than in any year on record.' }
    ]
    const other = cleanBlocks(blocks, { knownTitle: 'River notes from the delta' })
    expect(other.blocks.map((block) => block.text)).toEqual(['Field notes', blocks[1]!.text])
    expect(other.removed).toEqual([])
    const section = cleanBlocks([{ kind: 'heading' as const, text: 'Introduction' }, blocks[1]!], { knownTitle: 'An Introduction to River Deltas' })
    expect(section.blocks.map((block) => block.text)).toEqual(['Introduction', blocks[1]!.text])
    const same = cleanBlocks(blocks, { knownTitle: 'Field Notes | Delta Weekly' })
    expect(same.blocks.map((block) => block.text)).toEqual([blocks[1]!.text])
    expect(same.removed).toEqual([{ kind: 'title', text: 'Field notes' }])
  })

  it('keeps the first of two repeated paragraphs', () => {
    const paragraph = 'Joining UN peacekeeping forces has helped Vietnam assert its position and image.'
    const result = cleanBlocks([
      { kind: 'paragraph', text: paragraph },
      { kind: 'paragraph', text: `In addition, ${paragraph}` }
    ])
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: paragraph }])
    expect(result.removed).toEqual([{ kind: 'repeated-paragraph', text: `In addition, ${paragraph}` }])
  })

  it('drops a web page’s chrome only when told the blocks are a web page', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'Menu' },
      { kind: 'heading', text: 'Voice interfaces' },
      { kind: 'paragraph', text: 'By Felix Gillette' },
      { kind: 'paragraph', text: 'Current voice interfaces are horrible, and they fail in ways that make computers seem dumb.' }
    ]
    expect(cleanBlocks(blocks, { knownTitle: 'Voice interfaces' }).blocks).toHaveLength(4)
    const page = cleanBlocks(blocks, { knownTitle: 'Voice interfaces', webPage: true })
    expect(page.blocks.map((block) => block.text)).toEqual(['Current voice interfaces are horrible, and they fail in ways that make computers seem dumb.'])
    expect(page.byline).toBe('Felix Gillette')
  })

  it('keeps code verbatim: no glued-word splits, junk removal, reflowing or end-marker cut; only its encoding is repaired', () => {
    const code = "const ofNational = 'ar🍌ms'   // 100countries\n\n    cd ./.\n  echo Vietnamâ€™s"
    const result = cleanBlocks(
      [
        { kind: 'paragraph', text: 'Set the variable first, then run the script below.' },
        { kind: 'code', text: code },
        { kind: 'paragraph', text: 'That is the whole setup.' }
      ],
      { webPage: true }
    )
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: 'Set the variable first, then run the script below.' },
      { kind: 'code', text: code.replace('â€™', '’') },
      { kind: 'paragraph', text: 'That is the whole setup.' }
    ])
    expect(result.repairs).toEqual([{ kind: 'mojibake', before: 'Vietnamâ€™s', after: 'Vietnam’s' }])
    expect(result.removed).toEqual([])
  })

  it('repairs prose around inline code and leaves the code as written, its span moved with it', () => {
    const text = 'Set territorialsovereignty to true; the ofNational flag ar🍌ms it.'
    const code = text.indexOf('territorialsovereignty')
    const result = cleanBlocks(
      [
        { kind: 'paragraph', text: `${text} Call   it in 100countries.`, codeSpans: [{ start: code, end: code + 22 }] },
        { kind: 'paragraph', text: '{{ date }}', codeSpans: [{ start: 0, end: 10 }] }
      ],
      { liftTitle: false }
    )
    expect(result.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Set territorialsovereignty to true; the of National flag arms it. Call it in 100 countries.',
        codeSpans: [{ start: 4, end: 26 }]
      },
      { kind: 'paragraph', text: '{{ date }}', codeSpans: [{ start: 0, end: 10 }] }
    ])
    expect(result.repairs.map((repair) => repair.before)).not.toContain('territorialsovereignty')
  })

  it('keeps the space between code and the next word when junk touching the code goes, and repairs mojibake inside code on its span', () => {
    const spanned = (text: string, ...code: string[]): Block => ({
      kind: 'paragraph',
      text,
      codeSpans: code.map((word) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length }))
    })
    const result = cleanBlocks(
      [spanned('Ship with git push🚀 today.', 'git push'), spanned('Then 🚀deploy runs.', 'deploy'), spanned('Set cafÃ© and â€“flag now.', 'cafÃ©', 'â€“flag')],
      { liftTitle: false }
    )
    const codeOf = (block: Block) => (block.codeSpans ?? []).map((span) => block.text.slice(span.start, span.end))
    expect(result.blocks.map((block) => block.text)).toEqual(['Ship with git push today.', 'Then deploy runs.', 'Set café and –flag now.'])
    expect(result.blocks.map(codeOf)).toEqual([['git push'], ['deploy'], ['café', '–flag']])
  })

  it('records code after the end marker as it was written', () => {
    const code = 'make install\n  --prefix=/opt'
    const result = cleanBlocks([
      { kind: 'paragraph', text: 'The ministry said the work would go on./.' },
      { kind: 'code', text: code }
    ])
    expect(result.removed).toContainEqual({ kind: 'teaser', text: code })
  })

  it('keeps a code listing that ends a web page, however few its words', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'The fix is one line in the configuration file, shown here.' },
      { kind: 'code', text: 'retries: 3 | backoff: 2' }
    ]
    expect(cleanBlocks(blocks, { webPage: true }).blocks).toEqual(blocks)
  })

  it('keeps a lone heading as the text of a note that has nothing else', () => {
    const result = cleanBlocks([{ kind: 'heading', text: 'Title only' }])
    expect(result.title).toBe('Title only')
    expect(result.blocks).toEqual([{ kind: 'heading', text: 'Title only' }])
  })

  it('takes only stray paragraphs for CMS debris, never a heading, list item or quote', () => {
    const blocks = [
      { kind: 'paragraph', text: 'Our trip to the coast.' },
      { kind: 'heading', text: 'Photos' },
      { kind: 'list-item', text: 'X' },
      { kind: 'list-item', text: '...' },
      { kind: 'quote', text: '{{ user.name }}' }
    ] as const
    expect(cleanBlocks(blocks.map((block) => ({ ...block }))).blocks).toEqual(blocks)
  })

  it('keeps the spaces inside inline code while the prose around it is collapsed', () => {
    const text = 'The  status line reads queue:  0 pending  today.'
    const start = text.indexOf('queue')
    const [block] = cleanBlocks([{ kind: 'paragraph', text, codeSpans: [{ start, end: start + 'queue:  0 pending'.length }] }]).blocks
    expect(block).toEqual({
      kind: 'paragraph',
      text: 'The status line reads queue:  0 pending today.',
      codeSpans: [{ start: 22, end: 39 }]
    })
  })
})
