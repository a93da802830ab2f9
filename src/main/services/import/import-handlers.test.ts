// The job channels as the gateway calls them: what the dialog path answers, and how abandoned jobs go.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createImportHandlers } from './import-handlers'
import { createInProcessPool } from './parse-pool'

afterEach(() => vi.useRealTimers())

describe('import handlers', () => {
  it('answers a chosen folder holding nothing to import with an empty job, and a cancelled dialog with none', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-nothing-'))
    writeFileSync(join(folder, 'talk.mp4'), 'not an article')
    writeFileSync(join(folder, '.notes.txt'), 'hidden')
    const chosen: string[][] = [[folder], []]
    const handlers = createImportHandlers(createInProcessPool(), async () => chosen.shift() ?? [])
    const started = await handlers['import:start']({ source: 'dialog', folders: true })
    expect(started).toEqual({ jobId: expect.any(String), total: 0 })
    expect(await handlers['import:poll']({ jobId: started.jobId! })).toMatchObject({ total: 0, done: 0, finished: true, results: [] })
    expect(await handlers['import:start']({ source: 'dialog', folders: true })).toEqual({ jobId: null, total: 0 })
  })

  it('drops a job nobody has polled for five minutes when another starts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const handlers = createImportHandlers(createInProcessPool())
    const abandoned = await handlers['import:start']({ source: 'upload', total: 2 })
    const kept = await handlers['import:start']({ source: 'upload', total: 2 })
    vi.setSystemTime(Date.now() + 4 * 60_000)
    await handlers['import:add-files']({ jobId: kept.jobId!, files: [{ name: 'a.txt', error: '"a.txt" could not be read' }] })
    vi.setSystemTime(Date.now() + 2 * 60_000)
    await handlers['import:start']({ source: 'upload', total: 1 })
    await expect(handlers['import:poll']({ jobId: abandoned.jobId! })).rejects.toThrow('This import is no longer running')
    await expect(handlers['import:add-files']({ jobId: kept.jobId!, files: [{ name: 'b.txt', error: 'x' }] })).resolves.toEqual({})
  })

  it('keeps at most four jobs open, dropping the oldest', async () => {
    const handlers = createImportHandlers(createInProcessPool())
    const ids: string[] = []
    for (let index = 0; index < 5; index++) ids.push((await handlers['import:start']({ source: 'upload', total: 1 })).jobId!)
    await expect(handlers['import:poll']({ jobId: ids[0]! })).rejects.toThrow('no longer running')
    await expect(handlers['import:add-files']({ jobId: ids[4]!, files: [{ name: 'a.txt', error: 'x' }] })).resolves.toEqual({})
  })
})
