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
  const reply: WorkerReply = task.kind === 'parse' ? { id, outcome: await parseFile(task.path, task.bytes) } : { id, blocks: pageTextBlocks(task.html) }
  parentPort?.postMessage(reply)
})
