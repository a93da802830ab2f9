// Import throughput as the user gets it: seed-shaped text files chosen in the browser mode's file
// picker, parsed by the server's worker threads, stored in Chromium's real IndexedDB, until the
// import report appears. Baseline (same run): reading the same files from disk in Node.
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import type { Figure } from './measure'
import { writeSyntheticTextFiles } from './synthetic-library'

const PORT = 4629
const SECRET = 'c'.repeat(64)

/** Articles per second from choosing `count` files to seeing "Imported N articles". */
export async function benchImportInChromium(count: number): Promise<Figure> {
  const paths = writeSyntheticTextFiles(count, 17)
  const baselineStart = performance.now()
  await Promise.all(paths.map((path) => readFile(path, 'utf8')))
  const baselineSeconds = (performance.now() - baselineStart) / 1000

  const server = spawn(process.execPath, [resolve(__dirname, '../out/main/server.js'), `--port=${PORT}`], {
    env: { ...process.env, GLOSS_SERVER_SECRET: SECRET },
    stdio: 'pipe'
  })
  await new Promise((done) => server.stdout.once('data', done))
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
    await page.goto(`http://127.0.0.1:${PORT}/#token=${SECRET}`)
    // Warm the server's workers and the page with a small import first, as a running app would be.
    await importThrough(page, paths.slice(0, 5))
    await page.getByRole('button', { name: 'Dismiss' }).click()
    const start = performance.now()
    const imported = await importThrough(page, paths.slice(5))
    const seconds = (performance.now() - start) / 1000
    const value = (count - 5) / seconds
    return {
      name: `import ${(count - 5).toLocaleString('en')} text articles in Chromium (picker to report, real IndexedDB)`,
      value,
      unit: 'articles/s',
      baseline: count / baselineSeconds,
      target: '>= 500 articles/s',
      met: value >= 500 && imported === count - 5,
      note: imported === count - 5 ? 'baseline: reading the files from disk' : `only ${imported} of ${count - 5} were imported`
    }
  } finally {
    await browser.close()
    server.kill()
  }
}

async function importThrough(page: import('@playwright/test').Page, files: string[]): Promise<number> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files' }).click()
  await (await chooser).setFiles(files)
  const report = page.getByText(/Imported [\d,]+ articles?/)
  const duplicates = page.getByRole('dialog').filter({ hasText: /alike/ })
  await Promise.race([report.waitFor({ timeout: 120_000 }), duplicates.waitFor({ timeout: 120_000 })])
  if (await duplicates.isVisible()) throw new Error('The synthetic articles were taken for duplicates; the benchmark needs distinct articles')
  const text = (await report.textContent()) ?? ''
  return Number(/Imported ([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? 0)
}
