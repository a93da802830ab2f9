// Entry of the browser mode (`npm start` where Electron cannot run, `npm run serve`):
// starts the loopback server over the built renderer and prints the address to open.
// --port=<n> picks the port; --scripted-open-dialog=<file> see scripted-open-dialog.ts.
import { join } from 'node:path'
import { startBrowserServer } from './browser-server'
import { createHandlers } from '../services/create-handlers'
import { createWorkerPool } from '../services/import/parse-pool'
import { scriptedOpenDialog, SCRIPTED_OPEN_DIALOG_FLAG } from './scripted-open-dialog'
import { HOST_OPEN_DIALOG_PARAMETER } from '../../shared/ipc/launch-parameters'

async function main(): Promise<void> {
  const portArgument = process.argv.find((argument) => argument.startsWith('--port='))
  const port = portArgument ? Number(portArgument.slice('--port='.length)) : 0
  const dialogList = process.argv.find((argument) => argument.startsWith(SCRIPTED_OPEN_DIALOG_FLAG))?.slice(SCRIPTED_OPEN_DIALOG_FLAG.length)
  const pool = createWorkerPool(join(__dirname, 'parse-worker.js'))
  const chooseImportPaths = dialogList ? scriptedOpenDialog(dialogList) : undefined
  const handlers = createHandlers({ mode: 'browser', version: process.env.npm_package_version ?? '0.0.0', pool, chooseImportPaths })
  const server = await startBrowserServer({
    rendererDir: join(__dirname, '../renderer'),
    handlers,
    port,
    secret: process.env.GLOSS_SERVER_SECRET || undefined
  })
  // The page learns from its address that the import buttons should ask the server's dialog.
  process.stdout.write(`Gloss browser mode: open ${server.url}${chooseImportPaths ? `&${HOST_OPEN_DIALOG_PARAMETER}` : ''}\n`)
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
