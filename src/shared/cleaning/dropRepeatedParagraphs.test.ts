import { describe, expect, it } from 'vitest'
import { dropRepeatedParagraphs } from './dropRepeatedParagraphs'

const joining = 'Joining UN peacekeeping forces has helped Vietnam assert its position, credibility, and image as a friendly nation.'

describe('dropRepeatedParagraphs', () => {
  it('drops a later copy that only adds an opening connective', () => {
    const result = dropRepeatedParagraphs([
      joining,
      'Another paragraph entirely about something else.',
      `In addition, ${joining.charAt(0).toLowerCase()}${joining.slice(1)}`
    ])
    expect(result.paragraphs).toEqual([joining, 'Another paragraph entirely about something else.'])
    expect(result.removed).toHaveLength(1)
    expect(result.removed[0]?.kind).toBe('repeated-paragraph')
  })

  it('drops a repeated lead that gained a dateline', () => {
    const lead = 'Vietnam has taken an active and responsible part in defence diplomacy activities, heard a conference.'
    expect(dropRepeatedParagraphs([lead, `Hanoi (VNA) - ${lead}`]).paragraphs).toEqual([lead])
  })

  it('keeps paragraphs that merely share a phrase, and short repeated lines', () => {
    const paragraphs = [
      'In the first half, defence cooperation with other countries was strengthened considerably this year.',
      'According to reports, bilateral defence cooperation with neighbours was strengthened in the first half.',
      'Read',
      'Read'
    ]
    expect(dropRepeatedParagraphs(paragraphs).paragraphs).toEqual(paragraphs)
  })

  it('keeps parallel paragraphs that differ by a single word', () => {
    const rain =
      'provinces will see heavy rain of 100-200mm from Monday to Wednesday, with a high risk of flash floods and landslides in mountainous areas, the centre said.'
    const paragraphs = [`Northern ${rain}`, `Central ${rain}`]
    expect(dropRepeatedParagraphs(paragraphs).paragraphs).toEqual(paragraphs)
  })
})
