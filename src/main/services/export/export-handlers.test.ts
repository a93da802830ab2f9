import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { createExportHandlers } from './export-handlers'
import type { HostDialogs, ReplaceChoice } from './host-dialogs'
import { fixtureArticle, fixtureMeta, fullOptions } from '../../../shared/export/test-fixtures'

const articles = [fixtureArticle(), { ...fixtureArticle(), meta: fixtureMeta({ id: 'article-2', title: 'Second article' }) }]

async function exportWith(handlers: ReturnType<typeof createExportHandlers>, mode: 'single-file' | 'file-per-article') {
  const { jobId } = await handlers['export:begin']({ format: 'md', mode, options: fullOptions() })
  await handlers['export:append']({ jobId, articles: articles.slice(0, 1) })
  await handlers['export:append']({ jobId, articles: articles.slice(1) })
  return handlers['export:finish']({ jobId })
}

function fakeDialogs(folder: string, choice: ReplaceChoice): HostDialogs & { asked: number[] } {
  const asked: number[] = []
  return {
    asked,
    chooseSaveFile: async (_title, name) => join(folder, name),
    chooseFolder: async () => folder,
    askReplace: async (count) => {
      asked.push(count)
      return choice
    },
    chooseOpenFile: async () => null
  }
}

describe('export handlers in the browser mode', () => {
  it('hands back a folder export as one zip holding every file', async () => {
    const report = await exportWith(createExportHandlers(undefined), 'file-per-article')
    expect(report).toMatchObject({ cancelled: false, fileCount: 2, articleCount: 2, highlightCount: 10 })
    expect(report.download).toMatchObject({ fileName: 'Gloss export 2024-06-01.zip', mimeType: 'application/zip', encoding: 'base64' })
    const entries = unzipSync(Buffer.from(report.download!.content, 'base64'))
    expect(Object.keys(entries).sort()).toEqual(['Phạm Minh Chính Borders, b bold b & more.md', 'Second article.md'])
    expect(strFromU8(entries['Second article.md']!)).toMatch(/^---\ntitle: Second article/)
  })

  it('hands back a single file as text', async () => {
    const report = await exportWith(createExportHandlers(undefined), 'single-file')
    expect(report.download).toMatchObject({ fileName: 'Gloss export 2024-06-01.md', encoding: 'utf8' })
    expect(report.download!.content).toContain('Second article')
  })

  it('forgets a finished job', async () => {
    const handlers = createExportHandlers(undefined)
    const { jobId } = await handlers['export:begin']({ format: 'csv', mode: 'single-file', options: fullOptions() })
    await handlers['export:finish']({ jobId })
    await expect(handlers['export:append']({ jobId, articles })).rejects.toThrow(/no longer running/)
  })

  it('previews the first lines of the first file', async () => {
    const preview = await createExportHandlers(undefined)['export:preview']({ format: 'md', mode: 'file-per-article', options: fullOptions(), articles })
    expect(preview.fileName).toBe('Phạm Minh Chính Borders, b bold b & more.md')
    expect(preview.text.split('\n')[0]).toBe('---')
    expect(preview.text).not.toContain('Second article')
  })
})

describe('export handlers on the desktop', () => {
  it('asks before replacing, and writes nothing when cancelled', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-export-'))
    writeFileSync(join(folder, 'Second article.md'), 'mine')
    const dialogs = fakeDialogs(folder, 'cancel')
    const report = await exportWith(createExportHandlers(dialogs), 'file-per-article')
    expect(dialogs.asked).toEqual([1])
    expect(report).toMatchObject({ cancelled: true, written: [] })
    expect(readdirSync(folder)).toEqual(['Second article.md'])
  })

  it('keeps both when asked to', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-export-'))
    writeFileSync(join(folder, 'Second article.md'), 'mine')
    const report = await exportWith(createExportHandlers(fakeDialogs(folder, 'keep-both')), 'file-per-article')
    expect(report.written.map((path) => path.slice(folder.length + 1)).sort()).toEqual(['Phạm Minh Chính Borders, b bold b & more.md', 'Second article (2).md'])
    expect(readFileSync(join(folder, 'Second article.md'), 'utf8')).toBe('mine')
  })

  it('saves a single file where the save dialog says', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-export-'))
    const report = await exportWith(createExportHandlers(fakeDialogs(folder, 'cancel')), 'single-file')
    expect(report.written).toEqual([join(folder, 'Gloss export 2024-06-01.md')])
    expect(readFileSync(report.written[0]!, 'utf8')).toContain('Second article')
  })
})
