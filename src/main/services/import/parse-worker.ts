// Worker-thread entry: parses one file per message with the same code as everywhere else.
import { parentPort } from 'node:worker_threads'
import { preloadWordFrequencies } from '../../../shared/cleaning'
import { parseFile } from './parse-file'

// Built once per worker at start-up (about 100 ms), not inside the first file's parse.
preloadWordFrequencies()

// Without bytes, the worker reads the file itself.
parentPort?.on('message', async (message: { id: number; path: string; bytes?: Uint8Array }) => {
  const outcome = await parseFile(message.path, message.bytes)
  parentPort?.postMessage({ id: message.id, outcome })
})
