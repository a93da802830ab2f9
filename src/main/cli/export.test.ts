// `npm run export` as a user runs it: a real process over a real backup file.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { parse as parseYaml } from 'yaml'
import { serializeBackup } from '../../shared/backup'
import { fixtureLibrary } from '../../shared/backup/test-library'

const ROOT = resolve(__dirname, '../../..')

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/export.ts', ...args], { cwd: ROOT, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function workspace(): { dir: string; backup: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'))
  const library = fixtureLibrary()
  // Untrash the second article so "all" exports two.
  library.articles[1] = { ...library.articles[1]!, trashedAt: null }
  const backup = join(dir, 'library.gloss.json')
  writeFileSync(backup, serializeBackup(library))
  return { dir, backup }
}

describe('export command', () => {
  it('writes one Markdown file per article into a folder', () => {
    const { dir, backup } = workspace()
    const out = join(dir, 'vault')
    const result = run(backup, '--format', 'md', '--out', out)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`Exported 2 files, 2 articles, 5 highlights to ${out}\n`)
    const names = readdirSync(out).sort()
    expect(names).toEqual(['Ghi chú 📝 trống.md', 'Phạm Minh Chính Borders, b bold b & more.md'])
    const front = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(out, names[1]!), 'utf8'))
    expect((parseYaml(front![1]!) as { id: string }).id).toBe('article-1')
  })

  it('writes a single Readwise CSV for one tag', () => {
    const { dir, backup } = workspace()
    const out = join(dir, 'highlights.csv')
    expect(run(backup, '--format', 'csv', '--scope', 'tag:diplomacy', '--single-file', '--out', out).status).toBe(0)
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), { header: true, skipEmptyLines: true })
    expect(rows.meta.fields).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'])
    expect(rows.data.length).toBeGreaterThan(0)
    expect(new Set(rows.data.map((row) => row.Title))).toEqual(new Set(['Phạm Minh Chính: "Borders", <b>bold</b> & more']))
  })

  it('refuses to overwrite existing files unless forced', () => {
    const { dir, backup } = workspace()
    const out = join(dir, 'one.json')
    writeFileSync(out, 'mine')
    const refused = run(backup, '--format', 'w3c', '--scope', 'article:article-1', '--single-file', '--out', out)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/already exists; nothing was written \(use --force/)
    expect(readFileSync(out, 'utf8')).toBe('mine')
    expect(run(backup, '--format', 'w3c', '--scope', 'article:article-1', '--single-file', '--force', '--out', out).status).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).type).toBe('AnnotationCollection')
  })

  it('explains a bad backup, an unknown scope and a missing article', () => {
    const { dir, backup } = workspace()
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, readFileSync(backup, 'utf8').slice(0, 200))
    const bad = run(broken, '--format', 'md', '--out', join(dir, 'x'))
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/broken\.json: The backup file is incomplete/)
    const scope = run(backup, '--format', 'md', '--scope', 'folder:x', '--out', join(dir, 'x'))
    expect(scope.status).toBe(2)
    expect(scope.stderr).toMatch(/unknown scope “folder:x”/)
    const missing = run(backup, '--format', 'html', '--scope', 'article:nope', '--out', join(dir, 'x'))
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/no article with id “nope”/)
    expect(run(backup, '--format', 'pdf', '--out', join(dir, 'x')).status).toBe(2)
  })
})
