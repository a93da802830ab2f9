import { describe, expect, it } from 'vitest'
import { cutAtEndMarker, describeAfterMarker } from './cutAtEndMarker'

describe('cutAtEndMarker', () => {
  it('keeps the sentence before a glued marker and hands back everything after it', () => {
    const cut = cutAtEndMarker(['First paragraph.', 'Overcoming war consequences, he went on./.', 'Teaser of another story.', 'X'])
    expect(cut.lines).toEqual(['First paragraph.', 'Overcoming war consequences, he went on.'])
    expect(cut.afterMarker).toEqual(['Teaser of another story.', 'X'])
    expect(cut.removed).toEqual([{ kind: 'end-marker', text: './.' }])
    expect(describeAfterMarker(cut.afterMarker)).toEqual([
      { kind: 'teaser', text: 'Teaser of another story.' },
      { kind: 'cms-debris', text: 'X' }
    ])
  })

  it('adds the final period a marker without one leaves behind, and drops a lone marker line', () => {
    expect(cutAtEndMarker(['on the international stage/.']).lines).toEqual(['on the international stage.'])
    expect(cutAtEndMarker(['Last sentence.', './.', 'After']).lines).toEqual(['Last sentence.'])
  })

  it('leaves text without a marker whole, and does not mistake a path or date for one', () => {
    const lines = ['Resolution No.59-NQ/TW was adopted.', 'Visit qdnd.vn/en for more.']
    expect(cutAtEndMarker(lines)).toEqual({ lines, afterMarker: [], removed: [], found: false })
  })

  it('takes a marker inside a closing quote, keeping the quote', () => {
    const cut = cutAtEndMarker(['He said: "We will win./."', 'Category: Politics'])
    expect(cut.lines).toEqual(['He said: "We will win."'])
    expect(cut.afterMarker).toEqual(['Category: Politics'])
  })

  it('does not take a link ending a sentence for the marker', () => {
    const lines = ['Details are at https://dichvucong.gov.vn/.', 'The portal will serve 10 million users.', 'See qdnd.vn/.', 'It was built in 2024.']
    expect(cutAtEndMarker(lines)).toEqual({ lines, afterMarker: [], removed: [], found: false })
  })

  it('cuts after a decree number or unit with slashes, which is no web address', () => {
    for (const line of ['It takes effect under Decree 15/2024/ND-CP./.', 'Resolution No.59-NQ/TW./.', 'Winds reached 90 km/h./.']) {
      expect(cutAtEndMarker([line, 'A teaser.']).found).toBe(true)
    }
  })
})
