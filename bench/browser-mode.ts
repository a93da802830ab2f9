// Chromium benchmarks drive the built app as a user does: the browser-mode server and a page on it,
// in a Chromium profile of its own on disk, so IndexedDB is stored as a user's is (Playwright's
// ordinary contexts keep it in memory).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { SCRIPTED_OPEN_DIALOG_FLAG } from '../src/main/server/scripted-open-dialog'
import { HOST_OPEN_DIALOG_PARAMETER } from '../src/shared/ipc/launch-parameters'

/** A running browser-mode server with a page opened on it; `close` stops both. */
export interface BrowserModeSession {
  page: Page
  close(): Promise<void>
}

/**
 * Starts out/main/server.js on `port` and opens the app in Debian's Chromium. With
 * `scriptedDialogList`, the server answers the import dialog with the paths in that file.
 */
export async function openBrowserMode(port: number, scriptedDialogList?: string): Promise<BrowserModeSession> {
  const secret = 'b'.repeat(64)
  const dialogArguments = scriptedDialogList ? [`${SCRIPTED_OPEN_DIALOG_FLAG}${scriptedDialogList}`] : []
  const server = spawn(process.execPath, [resolve(__dirname, '../out/main/server.js'), `--port=${port}`, ...dialogArguments], {
    env: { ...process.env, GLOSS_SERVER_SECRET: secret },
    stdio: 'pipe'
  })
  await new Promise((done) => server.stdout.once('data', done))
  const profile = mkdtempSync(join(tmpdir(), 'gloss-bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
    viewport: { width: 1280, height: 860 }
  })
  const close = async (): Promise<void> => {
    await context.close()
    server.kill()
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`http://127.0.0.1:${port}/#token=${secret}${scriptedDialogList ? `&${HOST_OPEN_DIALOG_PARAMETER}` : ''}`)
    return { page, close }
  } catch (error) {
    await close()
    throw error
  }
}
