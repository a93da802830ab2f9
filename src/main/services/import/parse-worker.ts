// Worker-thread entry: parses one file (or reads one page's text) per message with the same code as everywhere else.
import { parentPort } from 'node:worker_threads'
import { preloadWordFrequencies } from '../../../shared/cleaning'
import { parseFile } from './parse-file'
import { pageTextBlocks } from './formats/html'
import type { WorkerReply, WorkerTask } from './worker-tasks'

// Built once per worker at start-up (about 100 ms), not inside the first file's parse.
preloadWordFrequencies()

// Without bytes, the worker reads the file itself.
parentPort?.on('message', async ({ id, task }: { id: number; task: WorkerTask }) => {
  parentPort?.postMessage(task.kind === 'parse' ? { id, outcome: await parseFile(task.path, task.bytes, task.pictures) } : pageText(id, task.html))
})

// A page the reader cannot take is answered with why, rather than costing the worker.
function pageText(id: number, html: string): WorkerReply {
  try {
    return { id, blocks: pageTextBlocks(html) }
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) }
  }
}
