// A browser-mode server with Chromium profiles kept on disk, for benchmarks that restart the app
// on a library that is already there (Playwright's ordinary contexts keep IndexedDB in memory).
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'

const SECRET = 'c'.repeat(64)

/** A running out/main/server.js; `url` opens the app with its session token. */
export interface BrowserModeServer {
  url: string
  close(): void
}

/** Starts the built browser-mode server on `port`. */
export async function startBrowserModeServer(port: number): Promise<BrowserModeServer> {
  const server: ChildProcess = spawn(process.execPath, [resolve(__dirname, '../out/main/server.js'), `--port=${port}`], {
    env: { ...process.env, GLOSS_SERVER_SECRET: SECRET },
    stdio: 'pipe'
  })
  await new Promise((done) => server.stdout!.once('data', done))
  return { url: `http://127.0.0.1:${port}/#token=${SECRET}`, close: () => void server.kill() }
}

/** A Chromium with its own profile folder: its IndexedDB lives on disk and outlasts every page. */
export interface BrowserProfile {
  context: BrowserContext
  /** Process ids of the profile's page renderers (the browser's own UI renderer left out). */
  rendererPids(): number[]
  close(): Promise<void>
}

/** Launches Debian's Chromium on a new, empty profile folder. */
export async function openBrowserProfile(): Promise<BrowserProfile> {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-bench-profile-'))
  const context = await chromium.launchPersistentContext(folder, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // No spare renderer kept warm, so each page's renderer is the only one and easy to find.
    args: ['--no-sandbox', '--disable-gpu', '--disable-features=SpareRendererForSitePerProcess'],
    viewport: { width: 1280, height: 860 }
  })
  // tsx names functions through a helper that pages lack; code the benchmarks evaluate in pages needs one.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
  return {
    context,
    rendererPids: () => rendererPidsOf(folder),
    close: async () => {
      await context.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

function rendererPidsOf(profileFolder: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      // Zygote-forked processes rewrite their title, so arguments may be joined by spaces, not NULs.
      const commandLine = readOrEmpty(`/proc/${pid}/cmdline`).split(/[\0 ]/)
      return (
        commandLine.includes('--type=renderer') &&
        commandLine.includes(`--user-data-dir=${profileFolder}`) &&
        !commandLine.includes('--top-chrome-webui') &&
        !commandLine.includes('--extension-process')
      )
    })
    .map(Number)
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return '' // the process ended while the list was read
  }
}
