// App start and renderer memory with a large library, in Chromium on profiles kept on disk (the
// IndexedDB warm in the OS cache, as on a second launch). One profile is filled through the import
// picker and searched once, so its search index is built and saved as the app leaves it; the other
// stays empty and gives the baselines. Starts alternate between the two, each in a new page.
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { percentile, type Figure } from './measure'
import { openBrowserProfile, startBrowserModeServer, type BrowserProfile } from './browser-profile'
import { measureRendererMemory, type RendererMemory } from './renderer-memory'
import { importThroughPicker, searchOnce, waitForSavedIndex } from './seed-library'
import { installStartProbe, timeStart, type StartSample } from './start-timing'
import { writeSyntheticTextFiles } from './synthetic-library'

const PORT = 4631
const ROUNDS = 7
const QUERY = 'defence cooperation'

interface Seeded {
  imported: number
  seconds: number
  indexBytes: number
}

/** Start time (navigation to usable library) and renderer memory with `count` articles, against an empty library. */
export async function benchAppStart(count: number): Promise<Figure[]> {
  const files = writeSyntheticTextFiles(count, 29)
  const server = await startBrowserModeServer(PORT)
  const empty = await openBrowserProfile()
  const full = await openBrowserProfile()
  try {
    const seeded = await seed(full, server.url, files)
    await seed(empty, server.url, [])
    const starts: Record<'empty' | 'full', StartSample[]> = { empty: [], full: [] }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, profile] of [['empty', empty] as const, ['full', full] as const]) {
        const { page, sample } = await timeStart(profile.context, server.url)
        starts[name].push(sample)
        await page.close()
      }
    }
    const memory = { empty: await settledMemory(empty, server.url), full: await settledMemory(full, server.url) }
    const size = count.toLocaleString('en')
    const start = median(starts.full.map((sample) => sample.total))
    const footprint = memory.full.searched.footprint
    const breakdown = describeStart(starts.full)
    if (process.env.GLOSS_BENCH_DEBUG) console.log(breakdown)
    return [
      {
        name: `app start to usable library, ${size} articles (Chromium, IndexedDB on disk)`,
        value: start,
        unit: 'ms',
        baseline: median(starts.empty.map((sample) => sample.total)),
        target: '< 1500 ms',
        met: start < 1500 && seeded.imported === count,
        note: [
          `median of ${ROUNDS} starts in new pages; baseline: the same start on an empty library`,
          `library imported through the picker and indexed (${seeded.imported.toLocaleString('en')} articles in ${seeded.seconds.toFixed(0)} s; saved search index ${(seeded.indexBytes / 1e6).toFixed(1)} MB)`,
          breakdown
        ].join('; ')
      },
      {
        name: `renderer memory, ${size} articles in the library, search index loaded (Chromium)`,
        value: footprint,
        unit: 'MB',
        baseline: memory.empty.searched.footprint,
        target: '< 300 MB',
        met: footprint < 300 && seeded.imported === count,
        note: [
          'private memory of the renderer process (resident anonymous + swap: the "memory footprint" of Chrome\'s task manager), page and search worker together, after full garbage collections',
          describeMemory(memory.full),
          `empty library: ${describeMemory(memory.empty)}`
        ].join('; ')
      }
    ]
  } finally {
    await Promise.all([empty.close(), full.close()])
    server.close()
    rmSync(dirname(files[0]!), { recursive: true, force: true })
  }
}

// Opens the app once, imports `files` (if any) and searches, so the worker saves its index.
async function seed(profile: BrowserProfile, url: string, files: string[]): Promise<Seeded> {
  const page = profile.context.pages()[0] ?? (await profile.context.newPage())
  await page.goto(url)
  await page.getByRole('heading', { name: 'Library' }).waitFor()
  const started = performance.now()
  const imported = files.length ? await importThroughPicker(page, files) : 0
  await searchOnce(page, QUERY)
  const indexBytes = await waitForSavedIndex(page)
  const seconds = (performance.now() - started) / 1000
  await page.close()
  await installStartProbe(profile.context)
  return { imported, seconds, indexBytes }
}

// A fresh start, left to settle, measured; then one search (the worker loads the saved index), measured again.
async function settledMemory(profile: BrowserProfile, url: string): Promise<{ library: RendererMemory; searched: RendererMemory }> {
  const { page } = await timeStart(profile.context, url)
  try {
    const pid = await onlyRenderer(profile)
    await page.waitForTimeout(1000)
    const library = await measureRendererMemory(page, pid)
    await searchOnce(page, QUERY)
    await page.waitForTimeout(1000)
    return { library, searched: await measureRendererMemory(page, pid) }
  } finally {
    await page.close()
  }
}

// The one page left open has the profile's only renderer once closed pages' processes have ended.
async function onlyRenderer(profile: BrowserProfile): Promise<number> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const pids = profile.rendererPids()
    if (pids.length === 1) return pids[0]!
    await new Promise((done) => setTimeout(done, 100))
  }
  throw new Error(`expected one renderer for the open page, found ${profile.rendererPids().length}`)
}

function median(values: number[]): number {
  return percentile(values, 50)
}

// Median time of each stage, and the slowest database requests and long tasks of the median start.
function describeStart(samples: StartSample[]): string {
  const names = Object.keys(samples[0]!.stages)
  const stages = names.map((name) => `${name} ${Math.round(median(samples.map((sample) => sample.stages[name] ?? NaN)))}`)
  const typical = [...samples].sort((a, b) => a.total - b.total)[Math.floor(samples.length / 2)]!
  const requests = groupRequests(typical.requests)
    .filter((group) => group.end - group.start >= 5)
    .map((group) => `${group.what}${group.count > 1 ? ` ×${group.count}` : ''} ${Math.round(group.start)}→${Math.round(group.end)}`)
  const longTasks = typical.longTasks.map((task) => `${Math.round(task.start)}+${Math.round(task.duration)}`)
  return [
    `stages (ms from navigation, median): ${stages.join(', ')}`,
    `typical start: ${typical.requests.length} IndexedDB requests, ≥ 5 ms: ${requests.join(', ') || 'none'}`,
    `long tasks (start+duration ms): ${longTasks.join(', ') || 'none'}`
  ].join('; ')
}

// Requests of one kind (a bulkGet's many gets) as one line: how many, first start, last answer.
function groupRequests(requests: StartSample['requests']): { what: string; count: number; start: number; end: number }[] {
  const groups = new Map<string, { what: string; count: number; start: number; end: number }>()
  for (const { what, start, end } of requests) {
    const group = groups.get(what)
    if (group) Object.assign(group, { count: group.count + 1, start: Math.min(group.start, start), end: Math.max(group.end, end) })
    else groups.set(what, { what, count: 1, start, end })
  }
  return [...groups.values()]
}

function describeMemory(memory: { library: RendererMemory; searched: RendererMemory }): string {
  const heaps = (sample: RendererMemory): string =>
    [
      `page JS heap ${sample.pageHeap.toFixed(1)} MB`,
      ...Object.entries(sample.workerHeaps).map(([name, heap]) => `${name} worker heap ${heap.toFixed(1)} MB`)
    ].join(', ')
  return `footprint ${memory.searched.footprint.toFixed(0)} MB (resident ${memory.searched.resident.toFixed(0)} MB; ${heaps(memory.searched)}), before the first search ${memory.library.footprint.toFixed(0)} MB (${heaps(memory.library)})`
}
