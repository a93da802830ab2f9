// End-to-end tests drive the real UI: in Debian's Chromium against the browser mode (always),
// and in Electron through _electron.launch wherever its binary exists (skipped, saying so, elsewhere).
import { defineConfig } from '@playwright/test'
import { E2E_PORT, E2E_SECRET } from './e2e/support/server-settings'

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, with the flags a closed network needs (no background connections). */
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  }
}

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    trace: 'retain-on-failure'
  },
  webServer: {
    command: `node out/main/server.js --port=${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    env: { GLOSS_SERVER_SECRET: E2E_SECRET },
    reuseExistingServer: false,
    timeout: 30_000
  },
  projects: [
    { name: 'browser', use: chromium },
    // Launches Electron itself in the `app` fixture; skipped, with the reason, where its binary is missing.
    { name: 'electron', use: chromium }
  ]
})
