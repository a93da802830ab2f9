import { describe, expect, it } from 'vitest'
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFile } from './parse-file'

describe('parseFile', () => {
  it('reads the file itself when given no bytes, and parses given bytes as that file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gloss-parse-file-')), 'note.md')
    writeFileSync(path, '# On disk\n\nThe text that was written to the file.')
    const fromDisk = await parseFile(path)
    expect(fromDisk.document).toMatchObject({ status: 'ok', title: 'On disk', path })
    expect(fromDisk.signature).toHaveLength(129)
    const given = await parseFile(path, new TextEncoder().encode('# Given\n\nThe text that came with the request.'))
    expect(given.document).toMatchObject({ status: 'ok', title: 'Given' })
  })

  it('answers a file that is gone by the time it is read with a sentence naming it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gloss-parse-file-')), 'vanished.txt')
    expect(await parseFile(path)).toEqual({ document: { status: 'error', path, error: '"vanished.txt" does not exist' }, signature: null })
  })

  it("refuses a file that grew past its format's limit after it was listed, without reading it", async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gloss-parse-file-')), 'huge.txt')
    writeFileSync(path, 'small when listed')
    truncateSync(path, 60 * 1024 * 1024)
    expect((await parseFile(path)).document).toEqual({
      status: 'error',
      path,
      error: '"huge.txt" is too large to import (60 MB; the limit for .txt files is 50 MB)'
    })
  })
})
