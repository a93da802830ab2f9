// Backup and restore of a large library as the user runs them in the browser mode: a profile
// filled through the import picker (one article in five then given two highlights) is backed up
// from the library menu (a download), and the file is restored from the same menu into a new,
// empty profile. Both profiles keep IndexedDB on disk. Baselines (same run): JSON.stringify and
// JSON.parse of the same backup in Node.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Figure } from './measure'
import { openBrowserProfile, startBrowserModeServer, type BrowserProfile } from './browser-profile'
import { importThroughPicker } from './seed-library'
import { writeSyntheticTextFiles } from './synthetic-library'

const PORT = 4633
const LONG = 600_000
const HIGHLIGHTED_EVERY = 5
// Where in an article's first paragraph its two highlights go.
const HIGHLIGHT_PLACES: ReadonlyArray<readonly [number, number]> = [
  [0, 40],
  [50, 90]
]

/** Where the restore's screenshot is written, for a person to look at. */
export const RESTORE_SCREENSHOT = join(tmpdir(), 'gloss-bench-restore.png')

interface Timed {
  milliseconds: number
  longestTask: number
  peakResidentMB: number
}

/** Backs up `count` imported articles through the UI, then restores the file into an empty profile. */
export async function benchBackupRestore(count: number): Promise<Figure[]> {
  const files = writeSyntheticTextFiles(count, 31)
  const folder = mkdtempSync(join(tmpdir(), 'gloss-bench-backup-'))
  const server = await startBrowserModeServer(PORT)
  const profiles: BrowserProfile[] = []
  try {
    const full = await openProfile(profiles)
    const source = await openApp(full, server.url)
    const imported = await importThroughPicker(source, files)
    const highlights = await addHighlights(source, HIGHLIGHTED_EVERY)
    const backupPath = join(folder, 'library.gloss.json')
    const backup = await timeBackUp(source, full, backupPath)
    const text = readFileSync(backupPath, 'utf8')
    const baselineParse = timeSync(() => JSON.parse(text) as unknown)
    const library = JSON.parse(text) as unknown
    const baselineStringify = timeSync(() => JSON.stringify(library))

    const empty = await openProfile(profiles)
    const target = await openApp(empty, server.url)
    const restore = await timeRestore(target, empty, backupPath)
    // The report over the restored library, as the user sees it.
    await target.getByTestId('article-row').first().waitFor({ timeout: LONG })
    const restored = await target.getByTestId('article-row').count()
    await target.screenshot({ path: RESTORE_SCREENSHOT })

    const size = count.toLocaleString('en')
    const megabytes = statSync(backupPath).size / 1e6
    const complete = imported === count && restore.added === count && restore.addedHighlights === highlights && restored > 0
    return [
      {
        name: `back up ${size} articles and ${highlights.toLocaleString('en')} highlights in Chromium (menu to download, ${megabytes.toFixed(0)} MB file)`,
        value: backup.milliseconds,
        unit: 'ms',
        baseline: baselineStringify,
        target: '< 15000 ms',
        met: backup.milliseconds < 15_000 && imported === count,
        note: `baseline: JSON.stringify of the same library in Node; ${describe(backup)}`
      },
      {
        name: `restore ${size} articles into an empty library in Chromium (file picked to report)`,
        value: restore.milliseconds,
        unit: 'ms',
        baseline: baselineParse,
        target: '< 30000 ms',
        met: restore.milliseconds < 30_000 && complete,
        note: `baseline: JSON.parse of the same file in Node; report: “${restore.report}”; ${describe(restore)}`
      }
    ]
  } finally {
    await Promise.all(profiles.map((profile) => profile.close()))
    server.close()
    rmSync(folder, { recursive: true, force: true })
    rmSync(dirname(files[0]!), { recursive: true, force: true })
  }
}

async function openProfile(profiles: BrowserProfile[]): Promise<BrowserProfile> {
  const profile = await openBrowserProfile()
  profiles.push(profile)
  // Long tasks show how long the window froze at a stretch, whatever the total took.
  await profile.context.addInitScript({
    content: `globalThis.__longestTask = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) globalThis.__longestTask = Math.max(globalThis.__longestTask, entry.duration) }).observe({ type: 'longtask' })`
  })
  return profile
}

async function openApp(profile: BrowserProfile, url: string): Promise<Page> {
  const page = profile.context.pages()[0] ?? (await profile.context.newPage())
  await page.goto(url)
  await page.getByRole('heading', { name: 'Library' }).waitFor()
  return page
}

async function timeBackUp(page: Page, profile: BrowserProfile, savePath: string): Promise<Timed> {
  return measure(page, profile, async () => {
    const download = page.waitForEvent('download', { timeout: LONG })
    await openMenuItem(page, 'Back up library…')
    await (await download).saveAs(savePath)
    const report = page.getByRole('dialog', { name: 'Library backed up' })
    await report.waitFor({ timeout: LONG })
    await report.getByRole('button', { name: 'OK' }).click()
  })
}

async function timeRestore(page: Page, profile: BrowserProfile, path: string): Promise<Timed & { report: string; added: number; addedHighlights: number }> {
  let report = ''
  const timed = await measure(page, profile, async () => {
    const chooser = page.waitForEvent('filechooser')
    await openMenuItem(page, 'Restore from backup…')
    await (await chooser).setFiles(path)
    const dialog = page.getByRole('dialog', { name: /^(Restored from|Restore refused)/ })
    await dialog.waitFor({ timeout: LONG })
    report = ((await dialog.getByRole('status').or(dialog.getByRole('alert')).textContent()) ?? '').trim()
  })
  const added = (what: string): number => Number(new RegExp(`Added .*?([\\d,]+) ${what}`).exec(report)?.[1]?.replace(/,/g, '') ?? 0)
  return { ...timed, report, added: added('article'), addedHighlights: added('highlight') }
}

async function measure(page: Page, profile: BrowserProfile, work: () => Promise<void>): Promise<Timed> {
  await page.evaluate(() => ((globalThis as unknown as { __longestTask: number }).__longestTask = 0))
  const pids = profile.rendererPids()
  pids.forEach(resetPeakResident)
  const start = performance.now()
  // A renderer that runs out of memory ends the benchmark at once rather than at the time limit.
  const crash = new Promise<never>((_, fail) => page.once('crash', () => fail(new Error(`the page crashed after ${Math.round(performance.now() - start)} ms`))))
  await Promise.race([work(), crash])
  const milliseconds = performance.now() - start
  const longestTask = await page.evaluate(() => (globalThis as unknown as { __longestTask: number }).__longestTask)
  return { milliseconds, longestTask, peakResidentMB: Math.max(0, ...pids.map(peakResident)) }
}

// Two highlights on every `every`-th article, written straight into IndexedDB (through the UI this
// would take hours); offsets and quotes are those of the article's first paragraph, as the reader stores them.
async function addHighlights(page: Page, every: number): Promise<number> {
  return page.evaluate(
    async ({ every, places }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('gloss')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const ask = <T>(request: IDBRequest<T>): Promise<T> =>
        new Promise((done, fail) => {
          request.onsuccess = () => done(request.result)
          request.onerror = () => fail(request.error)
        })
      try {
        const ids = (await ask(db.transaction('articles').objectStore('articles').getAllKeys())) as string[]
        const chosen = ids.filter((_, index) => index % every === 0)
        const transaction = db.transaction(['articles', 'bodies', 'highlights'], 'readwrite')
        const [articles, bodies, highlights] = ['articles', 'bodies', 'highlights'].map((name) => transaction.objectStore(name))
        let added = 0
        for (const id of chosen) {
          const body = (await ask(bodies!.get(id))) as { blocks: { text: string }[] }
          const text = body.blocks[0]?.text ?? ''
          const ranges = places.filter(([, end]) => end <= text.length)
          ranges.forEach(([start, end], index) => {
            const now = Date.now()
            highlights!.put({
              id: `${id}-highlight-${index}`,
              articleId: id,
              start,
              end,
              quote: text.slice(start, end),
              prefix: text.slice(Math.max(0, start - 32), start),
              suffix: text.slice(end, end + 32),
              color: index === 0 ? 'yellow' : 'green',
              note: { doc: null, text: index === 0 ? '' : 'A note on this passage.' },
              tags: [],
              orphaned: false,
              createdAt: now,
              updatedAt: now
            })
          })
          const meta = (await ask(articles!.get(id))) as Record<string, unknown>
          articles!.put({ ...meta, highlightCount: ranges.length })
          added += ranges.length
        }
        await new Promise((done, fail) => {
          transaction.oncomplete = done
          transaction.onerror = () => fail(transaction.error)
        })
        return added
      } finally {
        db.close()
      }
    },
    { every, places: HIGHLIGHT_PLACES }
  )
}

async function openMenuItem(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Export & backup' }).click()
  await page.getByRole('menuitem', { name }).click()
}

// The kernel's high-water mark of resident memory starts again from now (Linux: clear_refs 5).
function resetPeakResident(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // Not allowed here: the figure then covers the renderer's whole life.
  }
}

// The renderer's peak resident memory since it started or was last reset.
function peakResident(pid: number): number {
  try {
    return Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

function timeSync(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

function describe(timed: Timed): string {
  return `longest main-thread task ${Math.round(timed.longestTask)} ms; renderer peak resident ${Math.round(timed.peakResidentMB)} MB`
}
