// Worker-thread entry: parses one file per message with the same code as everywhere else.
import { parentPort } from 'node:worker_threads'
import { parseDocument } from './parse-document'

parentPort?.on('message', async (message: { id: number; path: string; bytes: Uint8Array }) => {
  const document = await parseDocument(message.path, message.bytes)
  parentPort?.postMessage({ id: message.id, document })
})
