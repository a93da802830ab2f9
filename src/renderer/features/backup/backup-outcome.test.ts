import { describe, expect, it } from 'vitest'
import { describeBackup, describeFailure, describeRestore } from './backup-outcome'

const none = { articles: 0, bodies: 0, highlights: 0, articleNotes: 0, tags: 0, settings: 0 }

describe('backup outcome', () => {
  it('says how much a backup saved and where', () => {
    expect(describeBackup({ where: '“Gloss backup 2024-06-01.gloss.json” (downloaded)', articles: 10_000, highlights: 1 })).toEqual({
      title: 'Library backed up',
      lines: ['Saved 10,000 articles and 1 highlight to “Gloss backup 2024-06-01.gloss.json” (downloaded).'],
      failed: false
    })
  })

  it('reports what a restore added, updated and skipped, then the warnings', () => {
    const outcome = describeRestore(
      'library.json',
      { added: { ...none, articles: 10_000, bodies: 10_000, highlights: 3_964 }, updated: { ...none, tags: 1 }, skipped: { ...none, bodies: 2, settings: 2 } },
      ['2 highlights pointed outside their article’s text and were kept as orphaned highlights.']
    )
    expect(outcome.title).toBe('Restored from library.json')
    expect(outcome.lines).toEqual([
      'Added 10,000 articles, 3,964 highlights.',
      'Updated 1 tag with newer versions from the backup.',
      'Already in the library, so not added again: 2 settings.',
      '2 highlights pointed outside their article’s text and were kept as orphaned highlights.'
    ])
  })

  it('gives a refusal its reason and says the library is unchanged', () => {
    expect(describeFailure('Restore refused', new Error('cut.json: The backup file is incomplete'))).toEqual({
      title: 'Restore refused',
      lines: ['cut.json: The backup file is incomplete', 'Your library was not changed.'],
      failed: true
    })
  })
})
