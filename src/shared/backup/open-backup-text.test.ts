import { describe, expect, it } from 'vitest'
import { openBackupText, refuseOversizedBackup } from './open-backup-text'
import { serializeBackup } from './serialize-backup'
import { fixtureLibrary } from './test-library'

describe('openBackupText', () => {
  it('opens a backup as its clean data', () => {
    expect(openBackupText('library.json', serializeBackup(fixtureLibrary()))).toEqual({ fileName: 'library.json', data: fixtureLibrary(), warnings: [] })
  })

  it('refuses a damaged file with a sentence that names it', () => {
    const text = serializeBackup(fixtureLibrary())
    expect(() => openBackupText('cut.json', text.slice(0, text.length / 2))).toThrow(/^cut\.json: The backup file is incomplete/)
    expect(() => openBackupText('photo.json', '\u0089PNG garbage')).toThrow(/^photo\.json: The backup file is damaged/)
  })
})

describe('refuseOversizedBackup', () => {
  it('refuses a file over 1 GB before anything reads it', () => {
    const gigabyte = 1024 * 1024 * 1024
    expect(() => refuseOversizedBackup('huge.json', gigabyte)).not.toThrow()
    expect(() => refuseOversizedBackup('huge.json', gigabyte + 1)).toThrow(/^huge\.json: the file is too large to be a Gloss backup$/)
  })
})
