import { describe, expect, it } from 'vitest'
import type { Block, Removal } from '../model/document'
import { dropPageChrome, isCreditLine } from './pageChrome'

const paragraph = (text: string): Block => ({ kind: 'paragraph', text })

describe('dropPageChrome', () => {
  it('drops menu words above the title, date and byline lines at the top, recording them and keeping what they said', () => {
    const removed: Removal[] = []
    const story = dropPageChrome(
      [
        paragraph('Svbtle'),
        paragraph('September 15, 2014'),
        { kind: 'heading', text: 'Voice interfaces' },
        paragraph('By Richard Lawler posted Aug 18th 2010 7:30PM'),
        paragraph('Current voice interfaces are horrible, and they fail in ways that make computers seem dumb.'),
        paragraph('US Navy / Getty Images'),
        paragraph('By the time the ferry came, the crowd on the quay had gone home.')
      ],
      'Voice interfaces',
      removed
    )
    expect(story.blocks).toEqual([
      { kind: 'heading', text: 'Voice interfaces' },
      paragraph('Current voice interfaces are horrible, and they fail in ways that make computers seem dumb.'),
      { kind: 'caption', text: 'US Navy / Getty Images' },
      paragraph('By the time the ferry came, the crowd on the quay had gone home.')
    ])
    expect(removed).toEqual([
      { kind: 'cms-debris', text: 'Svbtle' },
      { kind: 'cms-debris', text: 'September 15, 2014' },
      { kind: 'byline', text: 'By Richard Lawler posted Aug 18th 2010 7:30PM' }
    ])
    expect(story.byline).toBe('Richard Lawler')
    expect(story.date?.iso).toBe('2014-09-15')
  })

  it('drops a whole menu of links above the title, but not a story paragraph standing there', () => {
    const menu = ['Home', 'Tech', 'Entertainment', 'Wall Street', 'Markets', 'Strategy', 'Sports', 'Your Money'].map((text): Block => ({
      kind: 'list-item',
      text
    }))
    const title: Block = { kind: 'heading', text: 'Developments in Greece' }
    const body = paragraph('The Greek cabinet agreed on yet another round of austerity measures today, officials said.')
    const removed: Removal[] = []
    const story = dropPageChrome([...menu, paragraph('Enter your email address to set up alerts.'), title, body], 'Developments in Greece', removed)
    expect(story.blocks).toEqual([title, body])
    expect(removed).toHaveLength(9)
    const kept = dropPageChrome([...menu.slice(0, 2), body, title, body], 'Developments in Greece', [])
    expect(kept.blocks).toHaveLength(5)
  })

  it('takes a date line at the top as the date, and leaves date headings and long openings alone', () => {
    const removed: Removal[] = []
    const story = dropPageChrome(
      [
        { kind: 'heading', text: '4 March 2020' },
        paragraph('Published August 14, 2010'),
        paragraph('The first case was confirmed that morning in the capital.')
      ],
      null,
      removed
    )
    expect(story.blocks.map((block) => block.text)).toEqual(['4 March 2020', 'The first case was confirmed that morning in the capital.'])
    expect(story.date?.iso).toBe('2010-08-14')
    const long = dropPageChrome(
      [paragraph('An opening paragraph of many more than five words'), { kind: 'heading', text: 'Title' }, paragraph('The story goes on.')],
      'Title',
      []
    )
    expect(long.blocks).toHaveLength(3)
  })
})

describe('standfirst', () => {
  it('makes a sentence-long heading first in the story its summary, after the title or without it', () => {
    const dek = 'The Web and cable star has achieved fame by targeting nerdy guys, who she says control popularity'
    const body = paragraph('Six years ago, Olivia Munn arrived in Hollywood with fading ambitions of making it as a sports reporter.')
    const withTitle = dropPageChrome([{ kind: 'heading', text: 'Queen of the Uncool' }, { kind: 'heading', text: dek }, body], 'Queen of the Uncool', [])
    expect(withTitle.blocks.map((block) => block.kind)).toEqual(['heading', 'summary', 'paragraph'])
    expect(dropPageChrome([{ kind: 'heading', text: dek }, body], 'Queen of the Uncool', []).blocks[0]?.kind).toBe('summary')
    expect(dropPageChrome([{ kind: 'heading', text: 'A new rotation' }, body], null, []).blocks[0]?.kind).toBe('heading')
  })
})

describe('isCreditLine', () => {
  it('knows picture credits', () => {
    for (const line of [
      'US Navy / Getty Images',
      'Illustration by Mike Nudelman',
      '(Credit: Marguerite Reardon/CNET)',
      'Photos courtesy of the ministry',
      'Courtesy of G4',
      'A man walks past a shop in Hanoi (Reuters)'
    ]) {
      expect(isCreditLine(line), line).toBe(true)
    }
  })

  it('takes no heading, sentence or agency name for a credit', () => {
    for (const line of [
      'Environmental Protection Agency (EPA)',
      'Advanced Placement (AP)',
      'Agence France-Presse (AFP)',
      'Courtesy Car Policy',
      'Courtesy matters.',
      'Reuters reported that the deal was off.'
    ]) {
      expect(isCreditLine(line), line).toBe(false)
    }
  })
})
