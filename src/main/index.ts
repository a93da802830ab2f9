// Electron entry: app lifecycle, one hardened window, one IPC gateway.
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { createMainWindow, hardenSession, isAppSender } from './window'
import { registerIpcGateway } from './ipc/electron-ipc'
import { createHandlers } from './services/create-handlers'
import { createWorkerPool } from './services/import/parse-pool'
import { chooseImportPaths, nativeDialogs } from './dialogs'

app.enableSandbox()

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})

void app.whenReady().then(() => {
  hardenSession()
  const pool = createWorkerPool(join(__dirname, 'parse-worker.js'))
  registerIpcGateway(createHandlers({ mode: 'electron', version: app.getVersion(), pool, chooseImportPaths, dialogs: nativeDialogs }), isAppSender)
  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
  app.on('will-quit', () => void pool.close())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
