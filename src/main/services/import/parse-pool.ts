// Parsing is CPU-bound (Readability, pdf.js, cleaning), so it runs in worker threads, one per
// core, keeping the main process (and so every window) responsive during a large import.
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import type { ParseOutcome } from './parse-outcome'
import { parseFile } from './parse-file'

/** Parses files somewhere: in worker threads in the app, in-process in tests and the CLI. */
export interface ParsePool {
  /** Parses `bytes` as the file at `path`; without them, the file is read where it is parsed. */
  parse(path: string, bytes?: Uint8Array): Promise<ParseOutcome>
  close(): Promise<void>
}

/** A pool that parses on the calling thread. */
export function createInProcessPool(): ParsePool {
  return { parse: parseFile, close: async () => {} }
}

interface Job {
  id: number
  path: string
  bytes: Uint8Array | undefined
  resolve: (outcome: ParseOutcome) => void
}

/** A pool of worker threads running `parse-worker.js` (built next to the main bundle). */
export function createWorkerPool(workerFile: string, size = Math.max(1, Math.min(availableParallelism(), 4))): ParsePool {
  const queue: Job[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, Job>()
  let nextId = 0

  function spawn(): Worker {
    const worker = new Worker(workerFile)
    worker.on('message', (message: { id: number; outcome: ParseOutcome }) => {
      const job = running.get(worker)
      running.delete(worker)
      if (job && job.id === message.id) job.resolve(message.outcome)
      idle.push(worker)
      pump()
    })
    worker.on('error', (error) => {
      // A crash in one file (e.g. out of memory on a hostile input) fails that file only.
      const job = running.get(worker)
      running.delete(worker)
      job?.resolve({
        document: { status: 'error', path: job.path, error: `"${job.path.split(/[\\/]/).pop()}" could not be parsed: the parser crashed (${error.message})` },
        signature: null
      })
      idle.push(spawn())
      pump()
    })
    return worker
  }

  for (let index = 0; index < size; index++) idle.push(spawn())

  function pump(): void {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const job = queue.shift()!
      running.set(worker, job)
      if (!job.bytes) {
        worker.postMessage({ id: job.id, path: job.path })
        continue
      }
      // A copy of its own to hand over: the bytes may be a view into a larger buffer (a request
      // body, Node's Buffer pool) that must not be detached. (Buffer#slice would be a view too.)
      const copy = new Uint8Array(job.bytes)
      worker.postMessage({ id: job.id, path: job.path, bytes: copy }, [copy.buffer])
    }
  }

  return {
    parse(path, bytes) {
      return new Promise((resolve) => {
        queue.push({ id: nextId++, path, bytes, resolve })
        pump()
      })
    },
    async close() {
      await Promise.all([...idle, ...running.keys()].map((worker) => worker.terminate()))
    }
  }
}
