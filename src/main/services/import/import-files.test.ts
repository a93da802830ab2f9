// The import service over real files in a temporary folder: every bad input gets a clear,
// per-file message and the rest of the batch goes on.
import { describe, expect, it, beforeAll } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { importPaths, parseInput } from './import-files'
import { createInProcessPool } from './parse-pool'
import { describeFsError } from './collect-input-files'
import { articlePlainText } from '../../../shared/model/text'

const FIXTURES = resolve(__dirname, '../../../../e2e/fixtures')
const pool = createInProcessPool()
let folder: string

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'gloss-import-'))
  const nested = join(folder, 'nested', 'deeper')
  mkdirSync(nested, { recursive: true })
  writeFileSync(join(folder, 'a-good.txt'), readFileSync(join(FIXTURES, '003_746bf8a0f9856691.txt')))
  writeFileSync(join(nested, 'b-page.html'), readFileSync(join(FIXTURES, 'sample-article.html')))
  writeFileSync(join(folder, 'c-empty.txt'), '')
  writeFileSync(join(folder, 'd-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))
  writeFileSync(join(folder, 'e-truncated.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /Catalog')
  writeFileSync(join(folder, 'f-notes.xyz'), 'some notes')
  writeFileSync(join(folder, '.hidden.txt'), 'hidden')
  symlinkSync(join(folder, 'missing-target.txt'), join(folder, 'g-broken-link.txt'))
})

describe('importPaths', () => {
  it('walks folders recursively and answers every file, good or bad', async () => {
    const documents = await importPaths([folder], pool)
    const byName = new Map(documents.map((document) => [document.path.split('/').pop(), document]))
    expect([...byName.keys()].sort()).toEqual(['a-good.txt', 'b-page.html', 'c-empty.txt', 'd-binary.txt', 'e-truncated.pdf', 'g-broken-link.txt'])
    expect(byName.get('a-good.txt')).toMatchObject({ status: 'ok', title: 'Defence diplomacy contributes to safeguarding Fatherland early, from afar' })
    expect(byName.get('b-page.html')).toMatchObject({ status: 'ok', title: 'Mekong delta farmers adapt to rising salinity', format: 'html' })
    expect(byName.get('c-empty.txt')).toMatchObject({ status: 'error', error: '"c-empty.txt" is empty' })
    expect(byName.get('d-binary.txt')).toMatchObject({ status: 'error', error: expect.stringContaining('"d-binary.txt" is a PNG image, not text') })
    expect(byName.get('e-truncated.pdf')).toMatchObject({ status: 'error', error: expect.stringContaining('"e-truncated.pdf"') })
    expect(byName.get('g-broken-link.txt')).toMatchObject({ status: 'error', error: '"g-broken-link.txt" does not exist' })
  })

  it('answers a named unsupported or missing file instead of skipping it', async () => {
    const documents = await importPaths([join(folder, 'f-notes.xyz'), join(folder, 'nope.txt')], pool)
    expect(documents).toEqual([
      { status: 'error', path: join(folder, 'f-notes.xyz'), error: expect.stringContaining('"f-notes.xyz" has an unsupported file type (.xyz)') },
      { status: 'error', path: join(folder, 'nope.txt'), error: '"nope.txt" does not exist' }
    ])
  })

  it('refuses an oversized file by its size, before reading it', async () => {
    const { document } = await parseInput({ name: 'huge.txt', bytes: new Uint8Array(60 * 1024 * 1024) }, pool)
    expect(document).toMatchObject({ status: 'error', error: '"huge.txt" is too large to import (60 MB; the limit for .txt files is 50 MB)' })
  })

  it('marks a second, noisier scrape of the same article as its duplicate', async () => {
    const original = readFileSync(join(FIXTURES, '004_47686e53b8b82f22.txt'), 'utf8')
    const noisy = original.replace(/diplomacy /g, 'diplomacy🍌 ').replace('Translated by Mai Huong', 'Translated by Mai Huong\n\nleftcenterrightdel\nX')
    const scrapes = mkdtempSync(join(tmpdir(), 'gloss-scrapes-'))
    writeFileSync(join(scrapes, 'first.txt'), original)
    writeFileSync(join(scrapes, 'other.txt'), readFileSync(join(FIXTURES, '003_746bf8a0f9856691.txt')))
    writeFileSync(join(scrapes, 'second.txt'), noisy)
    const documents = await importPaths([join(scrapes, 'first.txt'), join(scrapes, 'other.txt'), join(scrapes, 'second.txt')], pool)
    expect(documents.map((document) => (document.status === 'ok' ? document.duplicateOf : 'error'))).toEqual([null, null, join(scrapes, 'first.txt')])
    const [first, , second] = documents
    if (first?.status !== 'ok' || second?.status !== 'ok') throw new Error('expected both to parse')
    expect(articlePlainText(second.blocks)).toBe(articlePlainText(first.blocks))
  })
})

describe('describeFsError', () => {
  it('says what a permission error means', () => {
    expect(describeFsError(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toBe('cannot be read: permission denied')
  })
})
