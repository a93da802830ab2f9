import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import { cleanBlocks } from './cleanBlocks'

const picture: Block = { kind: 'image', text: '', image: { src: `data:image/png;base64,${'iVBORw0K'.repeat(50)}`, alt: 'The quay' } }

describe('cleanBlocks with pictures', () => {
  it('keeps a picture in its place through cleaning, also at the very end of a web page', () => {
    const cleaned = cleanBlocks(
      [
        { kind: 'heading', text: 'Harbour reopens' },
        { kind: 'paragraph', text: 'Boats were back on the water on Monday, the harbour master said.' },
        picture,
        { kind: 'paragraph', text: 'The first ferry left for the islands at nine in the morning.' },
        picture
      ],
      { webPage: true }
    )
    expect(cleaned.blocks.map((block) => block.kind)).toEqual(['paragraph', 'image', 'paragraph', 'image'])
    expect(cleaned.blocks[1]).toBe(picture)
    expect(cleaned.removed.map((removal) => removal.kind)).toEqual(['title'])
  })

  it('records a picture cut with the teasers after an end marker by its alternative text', () => {
    const cleaned = cleanBlocks(
      [
        { kind: 'paragraph', text: 'The harbour reopened on Monday after the storm, officials said. ./.' },
        picture,
        { kind: 'paragraph', text: 'Other news: a new bridge opens.' }
      ],
      { liftTitle: false }
    )
    expect(cleaned.blocks.map((block) => block.kind)).toEqual(['paragraph'])
    expect(cleaned.removed.map((removal) => removal.text)).toContain('[Image: The quay]')
  })

  it('looks past pictures for the headline, the site menu and the page furniture', () => {
    const logo: Block = { ...picture, image: { ...picture.image!, alt: 'Logo' } }
    const cleaned = cleanBlocks(
      [
        logo,
        { kind: 'list-item', text: 'Home' },
        { kind: 'list-item', text: 'World' },
        { kind: 'list-item', text: 'Sport' },
        { kind: 'heading', text: 'Harbour reopens' },
        picture,
        { kind: 'paragraph', text: 'Boats were back on the water on Monday, the harbour master said.' },
        { kind: 'paragraph', text: 'Subscribe to the Harbour newsletter!' },
        picture
      ],
      { webPage: true, knownTitle: 'Harbour reopens' }
    )
    expect(cleaned.title).toBe('Harbour reopens')
    expect(cleaned.blocks.map((block) => block.kind)).toEqual(['image', 'paragraph', 'image'])
    expect(cleaned.removed).toEqual(
      expect.arrayContaining([
        { kind: 'cms-debris', text: '[Image: Logo]' },
        { kind: 'cms-debris', text: 'Home' },
        { kind: 'page-furniture', text: 'Subscribe to the Harbour newsletter!' },
        { kind: 'title', text: 'Harbour reopens' }
      ])
    )
  })

  it('keeps a closing section whose body is pictures, and a long headline over a lone picture as the title', () => {
    const story: Block[] = [
      { kind: 'paragraph', text: 'Boats were back on the water on Monday, the harbour master said.' },
      { kind: 'heading', text: 'The route' },
      picture
    ]
    expect(cleanBlocks(story, { webPage: true, liftTitle: false }).blocks).toEqual(story)
    const headline = 'Ferries return to the islands as the harbour reopens after three days of storms'
    const cleaned = cleanBlocks([{ kind: 'heading', text: headline }, picture], { webPage: true, knownTitle: headline })
    expect(cleaned.blocks.map((block) => block.kind)).not.toContain('summary')
  })
})
