// Parsing is CPU-bound (Readability, pdf.js, cleaning), so it runs in worker threads, one per
// core, keeping the main process (and so every window) responsive during a large import. Reading a
// whole web page as text for "Use original text" is as heavy, so it runs there too.
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import type { Block } from '../../../shared/model/document'
import type { ParseOutcome } from './parse-outcome'
import { parseFile } from './parse-file'
import { pageTextBlocks } from './formats/html'
import type { WorkerReply, WorkerTask } from './worker-tasks'

/** Parses files somewhere: in worker threads in the app, in-process in tests and the CLI. */
export interface ParsePool {
  /**
   * Parses `bytes` as the file at `path`; without them, the file is read where it is parsed.
   * `pictures` are those an uploaded page may show, by their path in its chosen folder.
   */
  parse(path: string, bytes?: Uint8Array, pictures?: ReadonlyMap<string, Uint8Array>): Promise<ParseOutcome>
  /** Every word of a web page as blocks (see pageTextBlocks). */
  pageText(html: string): Promise<Block[]>
  close(): Promise<void>
}

/** A pool that parses on the calling thread. */
export function createInProcessPool(): ParsePool {
  return { parse: parseFile, pageText: async (html) => pageTextBlocks(html), close: async () => {} }
}

interface Job {
  id: number
  task: WorkerTask
  settle(reply: WorkerReply): void
  crash(error: Error): void
}

/** A pool of worker threads running `parse-worker.js` (built next to the main bundle). */
export function createWorkerPool(workerFile: string, size = Math.max(1, Math.min(availableParallelism(), 4))): ParsePool {
  const queue: Job[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, Job>()
  let nextId = 0

  function spawn(): Worker {
    const worker = new Worker(workerFile)
    worker.on('message', (reply: WorkerReply) => {
      const job = running.get(worker)
      running.delete(worker)
      if (job && job.id === reply.id) job.settle(reply)
      idle.push(worker)
      pump()
    })
    worker.on('error', (error) => {
      // A crash in one file (e.g. out of memory on a hostile input) fails that file only.
      const job = running.get(worker)
      running.delete(worker)
      job?.crash(error)
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
      const { task } = job
      if (task.kind !== 'parse' || !task.bytes) {
        worker.postMessage({ id: job.id, task })
        continue
      }
      // A copy of its own to hand over: the bytes may be a view into a larger buffer (a request
      // body, Node's Buffer pool) that must not be detached. (Buffer#slice would be a view too.)
      const copy = new Uint8Array(task.bytes)
      worker.postMessage({ id: job.id, task: { ...task, bytes: copy } }, [copy.buffer])
    }
  }

  function run(task: WorkerTask, settle: Job['settle'], crash: Job['crash']): void {
    queue.push({ id: nextId++, task, settle, crash })
    pump()
  }

  return {
    parse(path, bytes, pictures) {
      return new Promise((resolve) => {
        const crashed = (error: Error): void =>
          resolve({
            document: { status: 'error', path, error: `"${path.split(/[\\/]/).pop()}" could not be parsed: the parser crashed (${error.message})` },
            signature: null
          })
        run(
          { kind: 'parse', path, bytes, pictures },
          (reply) => ('outcome' in reply ? resolve(reply.outcome) : crashed(new Error('unexpected reply'))),
          crashed
        )
      })
    },
    pageText(html) {
      return new Promise((resolve, reject) => {
        const crashed = (error: Error): void => reject(new Error(`The page could not be read: the reader crashed (${error.message})`))
        const settle = (reply: WorkerReply): void =>
          'blocks' in reply ? resolve(reply.blocks) : crashed(new Error('error' in reply ? reply.error : 'unexpected reply'))
        run({ kind: 'page-text', html }, settle, crashed)
      })
    },
    async close() {
      await Promise.all([...idle, ...running.keys()].map((worker) => worker.terminate()))
    }
  }
}
