import { describe, expect, it } from 'vitest'
import { dropTrailingCredits } from './trailingCredits'

describe('dropTrailingCredits', () => {
  it("takes a wire story's closing credit and copyright lines out of its body, recorded", () => {
    const story = ['Scientists said the heat threatened coral reefs.', 'The agency will report again in June.']
    const credits = ['(Reporting by Sarah Chen in San Francisco; Editing by Peter Henderson)', 'Copyright 2024 The Associated Press. All rights reserved.']
    expect(dropTrailingCredits([...story, ...credits])).toEqual({ lines: story, removed: credits.map((text) => ({ kind: 'credit', text })) })
    expect(dropTrailingCredits([...story, 'Reporting by Sarah Chen; Editing by Tom Baker', 'Photograph: Jane Doe/AP', '© 2024 Reuters']).lines).toEqual(story)
  })

  it('leaves sentences about reporting or copyright, and credits before the end, in place', () => {
    const lines = [
      'Reporting by local media suggested the dam had failed.',
      'Copyright law was changed in 2019 to cover such works.',
      'The court ruled on Monday.'
    ]
    expect(dropTrailingCredits(lines)).toEqual({ lines, removed: [] })
    for (const last of [
      'Reporting by local media suggested the dam had failed.',
      'Copyright law was changed in 2019.',
      'Reporting by Reuters last year reached a similar conclusion.',
      'Copyright Office officials said they would review the ruling.',
      'Research by Harvard economists last year reached a similar conclusion'
    ])
      expect(dropTrailingCredits(['The court ruled on Monday.', last]).removed).toEqual([])
  })
})
