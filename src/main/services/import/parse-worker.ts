// Worker-thread entry: parses one file per message with the same code as everywhere else.
import { parentPort } from 'node:worker_threads'
import { preloadWordFrequencies } from '../../../shared/cleaning'
import { parseAndSign } from './parse-outcome'

// Built once per worker at start-up (about 100 ms), not inside the first file's parse.
preloadWordFrequencies()

parentPort?.on('message', async (message: { id: number; path: string; bytes: Uint8Array }) => {
  const outcome = await parseAndSign(message.path, message.bytes)
  parentPort?.postMessage({ id: message.id, outcome })
})
