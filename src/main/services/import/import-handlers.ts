// The import job channels: start (uploads to come, or the desktop dialog), add-files, poll,
// cancel; and re-cleaning an article's original text.
import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../../shared/ipc/contract'
import type { Binary } from '../../../shared/ipc/binary-parts'
import { collectInputFiles } from './collect-input-files'
import { createImportJob, type ImportJob } from './import-job'
import type { ParsePool } from './parse-pool'
import { recleanText } from './reclean-text'

// Parts arrive as bytes over both transports; the contract also admits the page's Files.
const bytesOf = async (binary: Binary): Promise<Uint8Array> => (binary instanceof Uint8Array ? binary : new Uint8Array(await binary.arrayBuffer()))

type ImportChannels = 'import:start' | 'import:add-files' | 'import:add-pictures' | 'import:poll' | 'import:cancel' | 'import:reclean' | 'import:page-text'

// Abandoned jobs (a window closed or reloaded mid-import) must not hold file bytes and results
// forever: at most this many are open, and one nobody has touched for this long is dropped.
const MAX_OPEN_JOBS = 4
const IDLE_JOB_MS = 5 * 60_000
// A poll answers once this many results are ready, or after this long with what there is (progress
// alone if nothing): about ten round trips and transactions per thousand files (each costs the
// page and the browser some milliseconds whatever its size), counts still updated four times a second.
export const POLL_WAIT_MS = 250
export const POLL_BATCH = 128

/** Handlers for the import job channels; `chooseImportPaths` is absent in the browser mode. */
export function createImportHandlers(pool: ParsePool, chooseImportPaths?: (folders: boolean) => Promise<string[]>): Pick<Handlers, ImportChannels> {
  const jobs = new Map<string, ImportJob>()
  const touched = new Map<string, number>()
  const forget = (jobId: string): void => {
    jobs.get(jobId)?.cancel()
    jobs.delete(jobId)
    touched.delete(jobId)
  }
  const open = (job: ImportJob): string => {
    const now = Date.now()
    for (const [id, other] of jobs) if (other.drained || now - (touched.get(id) ?? now) > IDLE_JOB_MS) forget(id)
    for (const id of jobs.keys()) {
      if (jobs.size < MAX_OPEN_JOBS) break
      forget(id)
    }
    const jobId = randomUUID()
    jobs.set(jobId, job)
    touched.set(jobId, now)
    return jobId
  }
  const jobFor = (jobId: string): ImportJob => {
    const job = jobs.get(jobId)
    if (!job) throw new Error('This import is no longer running; start it again')
    touched.set(jobId, Date.now())
    return job
  }
  return {
    'import:start': async (request) => {
      if (request.source === 'upload') return { jobId: open(createImportJob(pool, request.total)), total: request.total }
      if (!chooseImportPaths) throw new Error('The open dialog exists only in the desktop app; use the file picker')
      const paths = await chooseImportPaths(request.folders)
      if (paths.length === 0) return { jobId: null, total: 0 }
      // A folder holding nothing to import still gets its (empty) report: jobId null means the dialog was cancelled.
      const inputs = await collectInputFiles(paths)
      const job = createImportJob(pool, inputs.length)
      job.add(inputs)
      return { jobId: open(job), total: inputs.length }
    },
    'import:add-files': async ({ jobId, at, files }) => {
      const job = jobFor(jobId)
      const inputs = await Promise.all(
        files.map(async (file) => ('bytes' in file ? { name: file.name, bytes: await bytesOf(file.bytes) } : { path: file.name, error: file.error }))
      )
      job.add(inputs, at)
      // Answering only once the queue has room paces the sender to the parsers.
      await job.room()
      return {}
    },
    'import:add-pictures': async ({ jobId, pictures }) => {
      const job = jobFor(jobId)
      for (const picture of pictures) job.addPicture(picture.name, await bytesOf(picture.bytes))
      return {}
    },
    'import:poll': async ({ jobId }) => {
      const job = jobFor(jobId)
      const progress = await job.take(POLL_WAIT_MS, POLL_BATCH)
      if (job.drained) forget(jobId)
      return progress
    },
    'import:cancel': async ({ jobId }) => {
      jobs.get(jobId)?.cancel()
      return {}
    },
    // Both read whole files, as heavy as an import's: in the pool, off the main thread.
    'import:reclean': (request) => recleanText(request, async (name, bytes) => (await pool.parse(name, bytes)).document),
    'import:page-text': async ({ html }) => ({ blocks: await pool.pageText(html) })
  }
}
