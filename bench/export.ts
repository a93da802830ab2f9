// Export throughput: a large library to a folder of Markdown files, end to end through the
// main-process export service (gateway validation, batches as the renderer sends them, each
// payload JSON round-tripped as IPC would, file writing), against writing the same number of
// files of the same total size with plain fs.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { invokeChannel } from '../src/main/ipc/gateway'
import { createExportHandlers } from '../src/main/services/export/export-handlers'
import type { HostDialogs } from '../src/main/services/export/host-dialogs'
import type { Handlers } from '../src/shared/ipc/contract'
import { EXPORT_BATCH_SIZE } from '../src/shared/ipc/export-schemas'
import type { ExportArticle } from '../src/shared/export'
import { DEFAULT_COLOR_MEANINGS, HIGHLIGHT_COLORS } from '../src/shared/model/annotation'
import { articlePlainText } from '../src/shared/model/text'
import { describeRange } from '../src/shared/anchoring'
import type { Figure } from './measure'
import { SyntheticWriter, readSeedArticles } from './synthetic-library'

function syntheticArticles(count: number, highlightsEach: number): ExportArticle[] {
  const writer = new SyntheticWriter(readSeedArticles(), 7)
  const now = Date.UTC(2024, 0, 1)
  return Array.from({ length: count }, (_, index) => {
    const id = `article-${index}`
    const blocks = Array.from({ length: 6 }, () => ({ kind: 'paragraph' as const, text: writer.paragraph() }))
    const text = articlePlainText(blocks)
    const step = Math.floor(text.length / (highlightsEach + 1))
    const highlights = Array.from({ length: highlightsEach }, (_, n) => ({
      id: `${id}-h${n}`,
      articleId: id,
      ...describeRange(text, n * step, n * step + Math.min(80, step - 1)),
      color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length]!,
      note: { doc: null, text: n % 2 === 0 ? writer.sentence(10) : '' },
      tags: n % 3 === 0 ? ['bench/tag'] : [],
      orphaned: false,
      createdAt: now,
      updatedAt: now
    }))
    return {
      meta: {
        id,
        title: writer.sentence(8).replace(/\.$/, ''),
        byline: 'Bench Writer',
        publishedAt: '2023-12-22',
        publishedPartial: null,
        source: 'VNA',
        url: null,
        language: 'en',
        fileName: `${id}.txt`,
        format: 'txt',
        wordCount: 600,
        highlightCount: highlightsEach,
        tags: ['bench'],
        readingState: 'reading',
        progress: 0.5,
        addedAt: now - index,
        updatedAt: now - index,
        trashedAt: null
      },
      body: { articleId: id, blocks, removed: [], repairs: [], warnings: [], originalText: text },
      highlights,
      articleNote: null
    }
  })
}

/** Calls a channel the way the renderer does: JSON over the wire, validated by the gateway. */
async function call(handlers: Handlers, channel: string, request: unknown): Promise<unknown> {
  const result = await invokeChannel(handlers, channel, JSON.parse(JSON.stringify(request)))
  if (!result.ok) throw new Error(result.error.message)
  return JSON.parse(JSON.stringify(result.value))
}

/** Seconds to export `count` articles × `highlightsEach` highlights to a folder of Markdown files. */
export async function benchExportFolder(count: number, highlightsEach = 5): Promise<Figure> {
  const articles = syntheticArticles(count, highlightsEach)
  const folder = mkdtempSync(join(tmpdir(), 'gloss-bench-export-'))
  const dialogs: HostDialogs = {
    chooseSaveFile: async () => null,
    chooseFolder: async () => folder,
    askReplace: async () => 'cancel',
    chooseOpenFile: async () => null
  }
  const handlers = createExportHandlers(dialogs) as Handlers
  const options = {
    includeArticleText: false,
    includeNotes: true,
    includeTags: true,
    includeColors: true,
    colorMeanings: DEFAULT_COLOR_MEANINGS,
    exportedAt: new Date()
  }

  const start = performance.now()
  const { jobId } = (await call(handlers, 'export:begin', { format: 'md', mode: 'file-per-article', options })) as { jobId: string }
  for (let index = 0; index < articles.length; index += EXPORT_BATCH_SIZE) {
    await call(handlers, 'export:append', { jobId, articles: articles.slice(index, index + EXPORT_BATCH_SIZE) })
  }
  const report = (await call(handlers, 'export:finish', { jobId })) as { fileCount: number }
  const seconds = (performance.now() - start) / 1000

  const names = readdirSync(folder)
  if (report.fileCount !== count || names.length !== count) throw new Error(`expected ${count} files, got ${names.length}`)
  const sizes = names.map((name) => statSync(join(folder, name)).size)
  const baselineFolder = mkdtempSync(join(tmpdir(), 'gloss-bench-baseline-'))
  const baselineStart = performance.now()
  sizes.forEach((size, index) => writeFileSync(join(baselineFolder, `${index}.md`), 'x'.repeat(size)))
  const baseline = (performance.now() - baselineStart) / 1000
  const totalMegabytes = sizes.reduce((sum, size) => sum + size, 0) / 1e6
  rmSync(folder, { recursive: true, force: true })
  rmSync(baselineFolder, { recursive: true, force: true })
  return {
    name: `export to a Markdown folder, ${count.toLocaleString('en')} articles × ${highlightsEach} highlights (service end to end)`,
    value: seconds,
    unit: 's',
    baseline,
    target: count >= 10000 ? '< 20 s' : undefined,
    met: count >= 10000 ? seconds < 20 : undefined,
    note: `${totalMegabytes.toFixed(1)} MB in ${count} files; baseline: plain fs writes of the same sizes`
  }
}
