import { describe, expect, it } from 'vitest'
import { classifyBlocks, isCaption } from './classifyBlocks'
import { markSummary } from './markSummary'
import { pickTitle, shortenToTitle } from './pickTitle'

describe('classifyBlocks', () => {
  it('knows a caption that credits its picture after a sentence, as news sites do, and no sentence that only speaks of photographs', () => {
    expect(isCaption('Rishi Sunak at Downing Street on Monday. Photograph: Toby Melville/Reuters')).toBe(true)
    expect(isCaption('Flooding in the north. Composite: Guardian Design')).toBe(true)
    expect(isCaption('He spoke on Monday. Photograph: J. Scott Applewhite/AP')).toBe(true)
    expect(isCaption('She said: “We will deliver.” Photograph: Toby Melville/Reuters.')).toBe(true)
    for (const line of [
      'The photograph: a man on a bridge, taken in 1952.',
      'She loved the image. It was her favourite.',
      'He studied every portrait in the collection for years. Photo: none survive',
      'The camera is the best we have tested this year. Video: 4K at 60 frames per second',
      'Next, pick the base container for the job. Image: node-20-alpine',
      `${'A long paragraph of reporting that goes on. '.repeat(6)}Photo: Reuters`
    ])
      expect(isCaption(line), line).toBe(false)
  })

  it('finds captions, headings between paragraphs, quotes and list items', () => {
    expect(
      classifyBlocks([
        'Deputy Minister speaks at the conference (Photo: VNA)',
        'Vietnam joins UN peacekeeping forces',
        'Joining UN peacekeeping forces has helped Vietnam.',
        '“We will keep our promise.”',
        '- first point',
        'A last short line'
      ])
    ).toEqual([
      { kind: 'caption', text: 'Deputy Minister speaks at the conference (Photo: VNA)' },
      { kind: 'heading', text: 'Vietnam joins UN peacekeeping forces' },
      { kind: 'paragraph', text: 'Joining UN peacekeeping forces has helped Vietnam.' },
      { kind: 'quote', text: '“We will keep our promise.”' },
      { kind: 'list-item', text: 'first point' },
      { kind: 'paragraph', text: 'A last short line' }
    ])
  })
})

describe('markSummary', () => {
  it('marks a standfirst that a later paragraph restates', () => {
    const blocks = markSummary([
      {
        kind: 'paragraph',
        text: 'In the first half, defence cooperation with neighbours and key partners was strengthened, and multilateral diplomacy built trust.'
      },
      { kind: 'caption', text: 'A photo (Photo: VNA)' },
      {
        kind: 'paragraph',
        text: 'According to reports, in the first half defence cooperation with neighbours and key partners was strengthened, and multilateral diplomacy built trust.'
      }
    ])
    expect(blocks[0]?.kind).toBe('summary')
  })
})

describe('pickTitle', () => {
  it('prefers an explicit title, then a heading-like first line, then the first sentence', () => {
    expect(pickTitle('Explicit', ['Heading like line', 'Body.'])).toEqual({ title: 'Explicit', usedFirstParagraph: false })
    expect(pickTitle(null, ['Heading like line', 'Body.'])).toEqual({ title: 'Heading like line', usedFirstParagraph: true })
    expect(pickTitle(null, ['Sen. Lt. Gen. Chien spoke. Then he left.']).title).toBe('Sen. Lt. Gen. Chien spoke')
    expect(pickTitle(null, [], 'story.txt').title).toBe('story')
  })

  it("leaves a wire story's dateline out of a title taken from its first sentence", () => {
    expect(pickTitle(null, ["WASHINGTON (AP) — The world's oceans reached record heat this year. Scientists said so."]).title).toBe(
      "The world's oceans reached record heat this year"
    )
    expect(pickTitle(null, ['Hanoi (VNA) – Vietnam opened 33 offices abroad. More follow.']).title).toBe('Vietnam opened 33 offices abroad')
  })

  it('shortens a long sentence at a clause or word break', () => {
    const title = shortenToTitle('International integration in terms of defense not only serves the goals of national construction and defense, but also more')
    expect(title.length).toBeLessThanOrEqual(101)
    expect(title).toBe('International integration in terms of defense not only serves the goals of national construction…')
  })
})
