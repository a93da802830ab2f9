import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectInputFiles } from './collect-input-files'

describe('collectInputFiles', () => {
  it('lists what was named in the order named, folders walked in sorted order, beyond one parallel chunk', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gloss-collect-'))
    const folder = join(root, 'folder')
    mkdirSync(join(folder, 'b-sub'), { recursive: true })
    // More files than are stated at once, named so that sorted and created orders differ.
    const many = Array.from({ length: 150 }, (_, index) => `${String(149 - index).padStart(3, '0')}.txt`)
    for (const name of many) writeFileSync(join(folder, name), 'text')
    writeFileSync(join(folder, 'b-sub', 'inner.md'), '# Inner')
    writeFileSync(join(folder, 'notes.xyz'), 'skipped inside folders')
    writeFileSync(join(folder, '.hidden.txt'), 'hidden')
    const named = join(root, 'named.xyz')
    writeFileSync(named, 'answered when named')
    const missing = join(root, 'missing.txt')

    const found = await collectInputFiles([named, folder, missing])

    expect(found.map((file) => file.path)).toEqual([named, ...[...many].sort().map((name) => join(folder, name)), join(folder, 'b-sub', 'inner.md'), missing])
    expect(found[0]).toEqual({ path: named, size: 'answered when named'.length })
    expect(found.at(-1)).toEqual({ path: missing, error: '"missing.txt" does not exist' })
  })

  it('walks a folder once when a link inside leads back to it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gloss-collect-'))
    writeFileSync(join(root, 'article.txt'), 'text')
    symlinkSync(root, join(root, 'loop'))
    expect((await collectInputFiles([root])).map((file) => file.path)).toEqual([join(root, 'article.txt')])
  })

  it('answers a pipe with a sentence instead of reading it (which would never end)', async (context) => {
    const root = mkdtempSync(join(tmpdir(), 'gloss-collect-'))
    const pipe = join(root, 'stream.txt')
    try {
      execFileSync('mkfifo', [pipe])
    } catch {
      context.skip('mkfifo is not available here')
    }
    expect(await collectInputFiles([pipe])).toEqual([{ path: pipe, error: '"stream.txt" is not a regular file' }])
    expect(await collectInputFiles([root])).toEqual([{ path: pipe, error: '"stream.txt" is not a regular file' }])
  })
})
