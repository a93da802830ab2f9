import { extname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baseName, extensionOf, formatOfPath, unsupportedTypeReason } from './file-formats'

describe('extensionOf', () => {
  it('reads extensions as Node does, so the page and the service agree on every name', () => {
    for (const path of [
      'notes.txt',
      'Notes.TXT',
      '.profile',
      'notes',
      'a.',
      'archive.tar.gz',
      'folder.d/notes',
      'Research/drafts/x.md',
      '..',
      '...',
      '..txt',
      'a..b',
      '.hidden.txt'
    ]) {
      expect(extensionOf(path)).toBe(extname(path))
    }
  })

  it('takes the last segment of a Windows path too', () => {
    expect(baseName('C:\\Users\\me\\notes.md')).toBe('notes.md')
    expect(formatOfPath('C:\\Users\\me.d\\notes')).toBeNull()
  })
})

describe('formatOfPath', () => {
  it('ignores case and maps every supported extension to its format', () => {
    expect(formatOfPath('Paper.PDF')).toBe('pdf')
    expect(formatOfPath('page.xhtml')).toBe('html')
    expect(formatOfPath('notes.text')).toBe('txt')
    expect(formatOfPath('talk.mp4')).toBeNull()
  })
})

describe('unsupportedTypeReason', () => {
  it('names the extension, or says there is none', () => {
    expect(unsupportedTypeReason('talk.mp4')).toMatch(/^has an unsupported file type \(\.mp4\); Gloss imports \.txt, /)
    expect(unsupportedTypeReason('README')).toMatch(/^has an unsupported file type \(no extension\)/)
  })
})
