import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freeName, writeFilesToFolder } from './write-files'

const folder = () => mkdtempSync(join(tmpdir(), 'gloss-write-'))

describe('writeFilesToFolder', () => {
  it('creates the folder and writes every file', async () => {
    const target = join(folder(), 'new', 'nested')
    const written = await writeFilesToFolder(
      target,
      [
        { fileName: 'a.md', content: 'A' },
        { fileName: 'Việt 📝.md', content: 'B' }
      ],
      'refuse'
    )
    expect(written).toEqual([join(target, 'a.md'), join(target, 'Việt 📝.md')])
    expect(readFileSync(join(target, 'Việt 📝.md'), 'utf8')).toBe('B')
  })

  it('refuses to touch anything when a target exists, unless told to replace', async () => {
    const target = folder()
    writeFileSync(join(target, 'A.md'), 'mine')
    await expect(
      writeFilesToFolder(
        target,
        [
          { fileName: 'b.md', content: 'B' },
          { fileName: 'a.md', content: 'A' }
        ],
        'refuse'
      )
    ).rejects.toThrow(/1 file already exists .*“a\.md”.*nothing was written/)
    expect(readdirSync(target)).toEqual(['A.md'])
    await writeFilesToFolder(target, [{ fileName: 'A.md', content: 'new' }], 'replace')
    expect(readFileSync(join(target, 'A.md'), 'utf8')).toBe('new')
  })

  it('keeps both by numbering the new file', async () => {
    const target = folder()
    writeFileSync(join(target, 'a.md'), 'mine')
    writeFileSync(join(target, 'a (2).md'), 'mine too')
    const written = await writeFilesToFolder(target, [{ fileName: 'a.md', content: 'new' }], 'keep-both')
    expect(written).toEqual([join(target, 'a (3).md')])
    expect(readFileSync(join(target, 'a.md'), 'utf8')).toBe('mine')
    expect(readFileSync(join(target, 'a (3).md'), 'utf8')).toBe('new')
  })
})

describe('freeName', () => {
  it('numbers before the extension, case-insensitively', () => {
    expect(freeName('Note.md', new Set(['note.md']))).toBe('Note (2).md')
    expect(freeName('README', new Set(['readme', 'readme (2)']))).toBe('README (3)')
    expect(freeName('x.md', new Set())).toBe('x.md')
  })
})
