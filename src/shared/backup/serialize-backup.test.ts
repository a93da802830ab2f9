import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, BACKUP_VERSION, emptyBackupData, type BackupData } from './backup-schema'
import { backupFileName, backupFileParts, serializeBackup } from './serialize-backup'
import { fixtureLibrary } from './test-library'

const createdAt = new Date(Date.UTC(2024, 5, 1, 12, 30))

/** The file as one JSON.stringify of the whole envelope would write it. */
function wholeFile(data: BackupData): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: createdAt.toISOString(), ...data })
}

/** A library of `count` articles, each with a body and a highlight. */
function libraryOf(count: number): BackupData {
  const fixture = fixtureLibrary()
  const library = emptyBackupData()
  for (let index = 0; index < count; index++) {
    const id = `article-${index}`
    library.articles.push({ ...fixture.articles[0]!, id })
    library.bodies.push({ ...fixture.bodies[0]!, articleId: id })
    library.highlights.push({ ...fixture.highlights[0]!, id: `highlight-${index}`, articleId: id })
  }
  return library
}

describe('backupFileParts', () => {
  it('writes, piece by piece, exactly the text of the whole file', () => {
    const library = fixtureLibrary()
    for (const recordsPerPart of [1, 2, 500]) {
      expect([...backupFileParts(library, createdAt, recordsPerPart)].join('')).toBe(wholeFile(library))
    }
    expect([...backupFileParts(emptyBackupData(), createdAt)].join('')).toBe(wholeFile(emptyBackupData()))
    expect(serializeBackup(library, createdAt)).toBe(wholeFile(library))
  })

  it('never holds a large library in one piece', () => {
    const library = libraryOf(1000)
    const parts = [...backupFileParts(library, createdAt, 100)]
    const total = parts.reduce((sum, part) => sum + part.length, 0)
    expect(parts.join('')).toBe(wholeFile(library))
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(total / 10)
  })

  it('cuts a piece short of its record count when its articles carry pictures', () => {
    const library = libraryOf(4)
    const picture = `data:image/png;base64,${'A'.repeat(10 * 1024 * 1024)}`
    library.bodies = library.bodies.map((body) => ({
      ...body,
      blocks: [...body.blocks, { kind: 'image' as const, text: '', image: { src: picture, alt: '' } }]
    }))
    const parts = [...backupFileParts(library, createdAt)]
    expect(parts.join('')).toBe(wholeFile(library))
    // Four bodies of 10M characters each go in at least two pieces, none of them near all four.
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(3 * picture.length)
  })
})

describe('backupFileName', () => {
  it('names a backup after the day it was made', () => {
    expect(backupFileName(createdAt)).toBe('Gloss backup 2024-06-01.gloss.json')
  })
})
