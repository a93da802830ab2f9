// `npm run parse` as a user runs it: a real process, JSON on stdout.
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { ParsedDocumentSchema } from '../../shared/model/document'
import { z } from 'zod'

const ROOT = resolve(__dirname, '../../..')

function parse(...paths: string[]): z.infer<typeof ParsedDocumentSchema>[] {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/main/cli/parse.ts', ...paths], { cwd: ROOT, encoding: 'utf8' })
  return z.object({ documents: z.array(ParsedDocumentSchema) }).parse(JSON.parse(stdout)).documents
}

describe('parse command', () => {
  it('prints one JSON document with an entry per file of a folder', () => {
    // A folder that holds only good files: e2e/fixtures itself now has bad ones in subfolders.
    const documents = parse('e2e/fixtures/formats')
    expect(documents.map((document) => document.path.split('/').pop())).toEqual([
      'ferry-notice.html',
      'harbour-photo.html',
      'lighthouse-keepers.epub',
      'orchard-report.docx',
      'river-notes.md',
      'tide-tables.pdf'
    ])
    expect(documents.every((document) => document.status === 'ok')).toBe(true)
    // A page's links are part of its entry, each on its words.
    const page = documents[0]!
    const links =
      page.status === 'ok' ? page.blocks.flatMap((block) => (block.links ?? []).map((link) => [block.text.slice(link.start, link.end), link.href])) : []
    expect(links).toContainEqual(['its timetable page', 'https://news.example/travel/ferries'])
    expect(page.status === 'ok' && page.url).toBe('https://news.example/coast/ferries-stop.html')
    // A page saved with its pictures keeps them, each an image block in its place.
    const photo = documents[1]!
    const kinds = photo.status === 'ok' ? photo.blocks.map((block) => block.kind) : []
    expect(kinds.slice(0, 3)).toEqual(['paragraph', 'image', 'caption'])
  })

  it('cleans the seed articles: repairs, metadata, no teasers', () => {
    const [first, second, third] = parse(
      'e2e/fixtures/000_145f68dcc3970373.txt',
      'e2e/fixtures/001_651b314454ef5de5.txt',
      'e2e/fixtures/003_746bf8a0f9856691.txt'
    )
    if (first?.status !== 'ok' || second?.status !== 'ok' || third?.status !== 'ok') throw new Error('expected all to parse')
    const text = first.blocks.map((block) => block.text).join('\n')
    expect(text).toContain('territorial sovereignty')
    expect(text).not.toContain('ꦰ')
    expect(text).not.toContain('New Zealand is currently one of Vietnam')
    expect(first.repairs).toContainEqual(expect.objectContaining({ before: 'territorialsovereignty', after: 'territorial sovereignty' }))
    expect(first.removed.some((removal) => removal.text.includes('New Zealand is currently one of Vietnam'))).toBe(true)
    expect(second.title).toBe('Ministry reviews defence diplomacy in first half, sets tasks toward year end')
    expect(third.title).toBe('Defence diplomacy contributes to safeguarding Fatherland early, from afar')
    expect(third.publishedAt?.slice(0, 10)).toBe('2023-12-22')
  })

  it('reports a bad file as an error entry and exits 0', () => {
    const [document] = parse('e2e/fixtures/does-not-exist.txt')
    expect(document).toEqual({ status: 'error', path: 'e2e/fixtures/does-not-exist.txt', error: '"does-not-exist.txt" does not exist' })
  })
})
