import { describe, expect, it } from 'vitest'
import type { Block } from '../model/document'
import { withPicturesInPlace } from './pictures-kept-in-place'

const paragraph = (text: string): Block => ({ kind: 'paragraph', text })
const picture = (alt: string): Block => ({ kind: 'image', text: '', image: { src: 'data:image/png;base64,AAAA', alt } })

describe('withPicturesInPlace', () => {
  it('puts each picture back after the original paragraph its preceding text ends in, in order', () => {
    const current = [
      { kind: 'heading', text: 'Quay repairs' } as Block,
      picture('opening'),
      paragraph('The territorial sovereignty of the quay was settled in April 14.'),
      picture('quay'),
      paragraph('Ferries return in spring.'),
      picture('ferry'),
      picture('second ferry')
    ]
    // The original: glued words, a junk character, a header line, and paragraphs as written.
    const original = [
      paragraph('ID : 673760'),
      paragraph('Quay repairs'),
      paragraph('The territorialsovereignty of the qu🍌ay was settled in April14.'),
      paragraph('Ferries return in spring.'),
      paragraph('./.')
    ]
    expect(withPicturesInPlace(current, original).map((block) => block.image?.alt ?? block.text)).toEqual([
      'ID : 673760',
      'Quay repairs',
      'opening',
      'The territorialsovereignty of the qu🍌ay was settled in April14.',
      'quay',
      'Ferries return in spring.',
      'ferry',
      'second ferry',
      './.'
    ])
  })

  it('keeps a picture whose place is gone at the end, and one before any text at the start', () => {
    const current = [picture('cover'), paragraph('Text the original never had.'), picture('lost'), paragraph('Kept words.')]
    const original = [paragraph('Kept words.')]
    expect(withPicturesInPlace(current, original).map((block) => block.image?.alt ?? block.text)).toEqual(['cover', 'Kept words.', 'lost'])
  })

  it('changes nothing for an article without pictures', () => {
    const original = [paragraph('One.'), paragraph('Two.')]
    expect(withPicturesInPlace([paragraph('One.')], original)).toEqual(original)
  })
})

describe('withPicturesInPlace, when the original has pictures of its own', () => {
  it('adds none twice', () => {
    const photo = picture('photo')
    const original = [paragraph('Before.'), photo, paragraph('After.')]
    expect(withPicturesInPlace([paragraph('Before.'), photo, paragraph('After.')], original)).toEqual(original)
  })
})

describe('withPicturesInPlace, finding the place', () => {
  it('reads past rules and symbols to the text before the picture, and does not take a short heading found inside another paragraph', () => {
    const current = [paragraph('Contents'), { kind: 'heading', text: 'Chapter 1' } as Block, paragraph('* * *'), picture('map'), paragraph('The voyage began.')]
    const original = [paragraph('Contents: Chapter 1, Chapter 2, Chapter 10'), paragraph('Chapter 1'), paragraph('* * *'), paragraph('The voyage began.')]
    expect(withPicturesInPlace(current, original).map((block) => block.image?.alt ?? block.text)).toEqual([
      'Contents: Chapter 1, Chapter 2, Chapter 10',
      'Chapter 1',
      'map',
      '* * *',
      'The voyage began.'
    ])
  })

  it('keeps a picture shown twice twice, even when the original shows it once', () => {
    const photo = picture('photo')
    const current = [paragraph('Before the first photo.'), photo, paragraph('Before the second photo.'), photo]
    const original = [paragraph('Before the first photo.'), photo, paragraph('Before the second photo.')]
    expect(withPicturesInPlace(current, original).map((block) => block.image?.alt ?? block.text)).toEqual([
      'Before the first photo.',
      'photo',
      'Before the second photo.',
      'photo'
    ])
  })
})
