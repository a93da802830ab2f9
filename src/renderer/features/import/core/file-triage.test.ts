import { describe, expect, it } from 'vitest'
import { isPassedOverInFolder, refusalBeforeSending } from './file-triage'
import { MAX_CONTAINER_FILE_BYTES, MAX_TEXT_FILE_BYTES } from '../../../../shared/import/size-limits'

describe('isPassedOverInFolder', () => {
  it('passes over hidden entries and other file types inside a folder, as the folder walk on disk does', () => {
    expect(isPassedOverInFolder('Research/.DS_Store')).toBe(true)
    expect(isPassedOverInFolder('Research/.git/notes.txt')).toBe(true)
    expect(isPassedOverInFolder('Research/talk.mp4')).toBe(true)
    expect(isPassedOverInFolder('Research/drafts/notes.txt')).toBe(false)
    expect(isPassedOverInFolder('Research/Paper.PDF')).toBe(false)
  })

  it('walks a chosen folder even when the folder itself is hidden', () => {
    expect(isPassedOverInFolder('.archive/notes.md')).toBe(false)
  })

  it('never passes over a file chosen by itself', () => {
    expect(isPassedOverInFolder('talk.mp4')).toBe(false)
    expect(isPassedOverInFolder('.notes.txt')).toBe(false)
  })
})

describe('refusalBeforeSending', () => {
  it('answers a file of another type with the service’s own sentence', () => {
    expect(refusalBeforeSending('talk.mp4', 700 * 1024 * 1024)).toBe(
      '"talk.mp4" has an unsupported file type (.mp4); Gloss imports .txt, .text, .md, .markdown, .html, .htm, .xhtml, .pdf, .epub, .docx'
    )
    expect(refusalBeforeSending('Notes/README', 10)).toMatch(/^"README" has an unsupported file type \(no extension\)/)
  })

  it('answers a file over its format’s limit without sending it', () => {
    expect(refusalBeforeSending('Notes/big.txt', MAX_TEXT_FILE_BYTES + 1)).toBe('"big.txt" is too large to import (50 MB; the limit for .txt files is 50 MB)')
    expect(refusalBeforeSending('book.pdf', MAX_CONTAINER_FILE_BYTES + 1)).toMatch(/^"book\.pdf" is too large to import/)
  })

  it('sends a supported file within its limit, up to the limit itself', () => {
    expect(refusalBeforeSending('notes.txt', MAX_TEXT_FILE_BYTES)).toBeNull()
    expect(refusalBeforeSending('book.pdf', MAX_TEXT_FILE_BYTES + 1)).toBeNull()
  })
})
