// `npm run screenshots`: drives the browser mode in Debian's Chromium as a user would (import,
// open, highlight) and saves what it shows to docs/, for the README and for looking at the UI.
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { resolve } from 'node:path'

const port = 4611
const secret = 'f'.repeat(64)
const fixtures = resolve('e2e/fixtures')
const server = spawn(process.execPath, ['out/main/server.js', `--port=${port}`], { env: { ...process.env, GLOSS_SERVER_SECRET: secret }, stdio: 'pipe' })
await new Promise((done) => server.stdout.once('data', done))

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
})
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme })
    await page.goto(`http://127.0.0.1:${port}/#token=${secret}`)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import files' }).click()
    await (
      await chooser
    ).setFiles(
      ['000_145f68dcc3970373.txt', '001_651b314454ef5de5.txt', '003_746bf8a0f9856691.txt', '004_47686e53b8b82f22.txt', 'sample-article.html'].map((name) =>
        resolve(fixtures, name)
      )
    )
    await page.getByText(/Imported \d+ article/).waitFor()
    await page.screenshot({ path: `docs/screenshot-library-${colorScheme}.png` })
    await page.getByText('Defence diplomacy contributes to safeguarding Fatherland early, from afar').click()
    for (const [phrase, color] of [
      ['Vietnam steadfastly follows its defence policy of peace and self-defence', 'yellow'],
      ['opened 33 military attachés offices in foreign countries', 'green'],
      ['strengthen strategic trust', 'blue']
    ]) {
      await page.evaluate((wanted) => {
        const walker = document.createTreeWalker(document.querySelector('.article-text'), NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const index = node.textContent.indexOf(wanted)
          if (index < 0) continue
          const range = document.createRange()
          range.setStart(node, index)
          range.setEnd(node, index + wanted.length)
          node.parentElement.scrollIntoView({ block: 'center' })
          getSelection().removeAllRanges()
          getSelection().addRange(range)
          return
        }
      }, phrase)
      await page.getByRole('button', { name: new RegExp(`Highlight ${color}`) }).click()
    }
    await page.evaluate(() => {
      const range = document.createRange()
      const target = [...document.querySelectorAll('.article-text p span')].find((span) => span.textContent.includes('doi moi'))
      target.scrollIntoView({ block: 'center' })
      range.setStart(target.firstChild, target.textContent.indexOf('the Party led'))
      range.setEnd(
        target.firstChild,
        target.textContent.indexOf('the Party led') + 'the Party led the country to extensively enhance international integration'.length
      )
      getSelection().removeAllRanges()
      getSelection().addRange(range)
    })
    await page.waitForTimeout(200)
    await page.screenshot({ path: `docs/screenshot-reader-${colorScheme}.png` })
    await page.close()
  }
} finally {
  await browser.close()
  server.kill()
}
