// Entry of the browser mode (`npm start` where Electron cannot run, `npm run serve`):
// starts the loopback server over the built renderer and prints the address to open.
import { join } from 'node:path'
import { startBrowserServer } from './browser-server'
import { createHandlers } from '../services/create-handlers'
import { createWorkerPool } from '../services/import/parse-pool'

async function main(): Promise<void> {
  const portArgument = process.argv.find((argument) => argument.startsWith('--port='))
  const port = portArgument ? Number(portArgument.slice('--port='.length)) : 0
  const pool = createWorkerPool(join(__dirname, 'parse-worker.js'))
  const handlers = createHandlers({ mode: 'browser', version: process.env.npm_package_version ?? '0.0.0', pool })
  const server = await startBrowserServer({
    rendererDir: join(__dirname, '../renderer'),
    handlers,
    port,
    secret: process.env.GLOSS_SERVER_SECRET || undefined
  })
  process.stdout.write(`Gloss browser mode: open ${server.url}\n`)
  const stop = (): void => {
    void server
      .close()
      .then(() => pool.close())
      .then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
