import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
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
})
