// One import in progress: inputs arrive (uploaded in chunks, or listed from disk), are parsed a
// few at a time, and their results wait to be collected by polling, which works the same over
// Electron IPC and the browser mode's HTTP. Cancelling drops what has not finished.
import type { ParseOutcome } from './parse-outcome'
import type { ParsePool } from './parse-pool'
import { inputName, parseInput, type ImportInput } from './import-files'
import { PicturesWithPages } from './pictures-with-pages'

/** What a poll answers: counts, the file being parsed, and the results since the last poll. */
export interface ImportProgress {
  total: number
  done: number
  current: string | null
  finished: boolean
  cancelled: boolean
  results: ParseOutcome[]
}

/** An import job's operations. */
export interface ImportJob {
  /**
   * Queues more inputs; ignored once cancelled. `at` is the place of the first among all the
   * job's inputs, when senders may arrive out of order; without it inputs follow those before.
   */
  add(inputs: readonly ImportInput[], at?: number): void
  /**
   * Keeps a picture chosen with the job's folder, for the uploaded pages beside it; ignored
   * past the bounds of shared/import/pictures-with-pages, or when it is no picture.
   */
  addPicture(name: string, bytes: Uint8Array): void
  /** Resolves once the queue has room for more uploads (or the job is cancelled), so a fast sender cannot fill memory. */
  room(): Promise<void>
  /**
   * Hands over the results since the last call, waiting up to `waitMs` until `enough` are ready
   * (or the job finishes): fewer, fuller batches mean fewer round trips and database transactions.
   */
  take(waitMs: number, enough?: number): Promise<ImportProgress>
  /** Stops: queued inputs are dropped, and results still being parsed are not reported. */
  cancel(): void
  /** Whether every result has been handed over (or the job was cancelled and told so). */
  readonly drained: boolean
}

// Enough to keep every worker busy, few enough that a cancel stops quickly and memory stays flat.
const MAX_IN_FLIGHT = 8
// Uploaded bytes waiting for a worker: plenty to keep the workers fed, bounded for folders of big files.
const MAX_QUEUED_INPUTS = 64
const MAX_QUEUED_BYTES = 64 * 1024 * 1024

const bytesOf = (input: ImportInput): number => ('bytes' in input ? input.bytes.length : 0)

/** Starts a job expecting `total` inputs. */
export function createImportJob(pool: ParsePool, total: number, maxInFlight = MAX_IN_FLIGHT): ImportJob {
  const queue: { input: ImportInput; position: number }[] = []
  // Results are handed over in input order (the library lists a batch in the order chosen);
  // one that finishes early waits here for those before it.
  const finishedAt = new Map<number, ParseOutcome>()
  const ready: ParseOutcome[] = []
  let nextToRelease = 0
  const taken = new Set<number>()
  let nextPosition = 0
  let done = 0
  let inFlight = 0
  let current: string | null = null
  let cancelled = false
  let drained = false
  let wake: { enough: number; resolve: () => void } | null = null
  let queuedBytes = 0
  let roomWaiters: (() => void)[] = []
  const pictures = new PicturesWithPages()

  const hasRoom = (): boolean => cancelled || queue.length === 0 || (queue.length < MAX_QUEUED_INPUTS && queuedBytes < MAX_QUEUED_BYTES)
  const releaseRoomWaiters = (): void => {
    if (roomWaiters.length === 0 || !hasRoom()) return
    for (const resolve of roomWaiters) resolve()
    roomWaiters = []
  }

  const finished = (): boolean => cancelled || nextToRelease >= total
  const notify = (): void => {
    if (!wake || (ready.length < wake.enough && !finished())) return
    wake.resolve()
    wake = null
  }

  function pump(): void {
    while (!cancelled && inFlight < maxInFlight && queue.length > 0) {
      const { input, position } = queue.shift()!
      queuedBytes -= bytesOf(input)
      inFlight++
      current = inputName(input)
      void parseInput(pictures.givenTo(input), pool).then((outcome) => {
        inFlight--
        if (cancelled) return
        done++
        finishedAt.set(position, outcome)
        for (let next = finishedAt.get(nextToRelease); next; next = finishedAt.get(nextToRelease)) {
          finishedAt.delete(nextToRelease++)
          ready.push(next)
        }
        pump()
        notify()
      })
    }
    releaseRoomWaiters()
  }

  return {
    add(inputs, at) {
      if (cancelled) return
      inputs.forEach((input, index) => {
        const position = at === undefined ? nextPosition : at + index
        // Each place is taken once, and none beyond the total announced at the start.
        if (position >= total || taken.has(position)) return
        taken.add(position)
        while (taken.has(nextPosition)) nextPosition++
        queue.push({ input, position })
        queuedBytes += bytesOf(input)
      })
      pump()
    },
    addPicture(name, bytes) {
      if (!cancelled) pictures.add(name, bytes)
    },
    room() {
      return hasRoom() ? Promise.resolve() : new Promise((resolve) => roomWaiters.push(resolve))
    },
    async take(waitMs, enough = 1) {
      if (ready.length < enough && !finished()) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => ((wake = null), resolve()), waitMs)
          wake = { enough, resolve: () => (clearTimeout(timer), resolve()) }
        })
      }
      const results = ready.splice(0, ready.length)
      const isFinished = finished()
      if (isFinished) drained = true
      return { total, done, current: isFinished ? null : current, finished: isFinished, cancelled, results }
    },
    cancel() {
      if (cancelled) return
      cancelled = true
      queue.length = 0
      pictures.clear()
      queuedBytes = 0
      releaseRoomWaiters()
      // What finished is kept, even when an earlier file was still being parsed.
      for (const position of [...finishedAt.keys()].sort((a, b) => a - b)) ready.push(finishedAt.get(position)!)
      finishedAt.clear()
      notify()
    },
    get drained() {
      return drained
    }
  }
}
