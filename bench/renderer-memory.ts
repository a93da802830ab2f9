// The memory of the renderer process showing the app, as Chrome's task manager reports it on
// Linux ("Memory footprint": private resident memory plus swap), after full garbage collections
// of the page and of its workers (the search worker lives in the same process), with the JS heaps
// of the page and of each worker alongside.
import { readFileSync } from 'node:fs'
import type { CDPSession, Page } from '@playwright/test'

/** Megabytes: the renderer's footprint and the live JS heaps inside it (objects and array buffers). */
export interface RendererMemory {
  footprint: number
  resident: number
  pageHeap: number
  workerHeaps: Record<string, number>
}

const MB = 1024 * 1024

/** Collects garbage everywhere in the page's renderer, then samples `pid`'s memory. */
export async function measureRendererMemory(page: Page, pid: number): Promise<RendererMemory> {
  const session = await page.context().newCDPSession(page)
  try {
    const workerHeaps = await collectWorkers(session, page.workers().length)
    await session.send('HeapProfiler.collectGarbage')
    await session.send('HeapProfiler.collectGarbage')
    const usage = await session.send('Runtime.getHeapUsage')
    const pageHeap = (usage.usedSize + (usage.backingStorageSize ?? 0)) / MB
    // Freed pages return to the system a moment after the collection.
    await page.waitForTimeout(500)
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kilobytes = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
    return {
      footprint: (kilobytes('RssAnon') + kilobytes('VmSwap')) / 1024,
      resident: kilobytes('VmRSS') / 1024,
      pageHeap,
      workerHeaps
    }
  } finally {
    await session.detach()
  }
}

// Dedicated workers are separate isolates, out of the page's heap: attach to each (the older,
// unflattened protocol, which a page session can relay), collect its garbage and read its heap.
async function collectWorkers(session: CDPSession, expected: number): Promise<Record<string, number>> {
  const workers: { sessionId: string; title: string }[] = []
  const answers = new Map<number, (result: unknown) => void>()
  session.on(
    'Target.attachedToTarget',
    (event) => event.targetInfo.type === 'worker' && workers.push({ sessionId: event.sessionId, title: event.targetInfo.title })
  )
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown }
    if (message.id !== undefined) answers.get(message.id)?.(message.result)
  })
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false })
  for (let waited = 0; workers.length < expected && waited < 2000; waited += 50) await new Promise((done) => setTimeout(done, 50))
  let nextId = 1
  const ask = (sessionId: string, method: string): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      const timer = setTimeout(() => reject(new Error(`worker did not answer ${method}`)), 30_000)
      answers.set(id, (result) => (clearTimeout(timer), resolve(result)))
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
    })
  const heaps: Record<string, number> = {}
  for (const worker of workers) {
    await ask(worker.sessionId, 'HeapProfiler.collectGarbage')
    const usage = (await ask(worker.sessionId, 'Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number }
    heaps[worker.title || 'worker'] = (usage.usedSize + (usage.backingStorageSize ?? 0)) / MB
  }
  await session.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false })
  return heaps
}
