// One fixture for both projects: `app` is the Gloss window, in Chromium (browser mode) or in
// Electron. Specs drive it as a user would; they read IndexedDB only to prove what is stored
// (nothing half-written) or to build a library as an older Gloss left it.
import { test as base, expect, _electron, type Page, type ElectronApplication } from '@playwright/test'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { E2E_URL } from './server-settings'
import { electronBinaryPath, hasDisplay } from '../../scripts/electron-binary.cjs'

export const FIXTURES = resolve(__dirname, '../fixtures')

interface Fixtures {
  app: Page
  electronApp: ElectronApplication | null
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
  electronApp: async ({}, use, testInfo) => {
    if (testInfo.project.name !== 'electron') return use(null)
    const binary = electronBinaryPath()
    test.skip(!binary, "Electron's binary is not installed on this machine (its download host is unreachable): Electron specs skipped")
    test.skip(!hasDisplay(), 'No display for an Electron window: Electron specs skipped')
    const userData = mkdtempSync(join(tmpdir(), 'gloss-e2e-'))
    const app = await _electron.launch({ args: ['.', `--user-data-dir=${userData}`], cwd: resolve(__dirname, '../..') })
    await use(app)
    await app.close()
  },
  app: async ({ page, electronApp }, use) => {
    if (electronApp) {
      const window = await electronApp.firstWindow()
      await window.waitForLoadState('domcontentloaded')
      return use(window)
    }
    await page.goto(E2E_URL)
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible()
    await use(page)
  }
})

export { expect }

/** Imports fixture files the way a user does: the file picker in the browser, the same input in Electron. */
export async function importFixtures(app: Page, names: string[], electronApp: ElectronApplication | null): Promise<void> {
  const paths = names.map((name) => join(FIXTURES, name))
  if (electronApp) {
    await app.getByTestId('import-files-input').setInputFiles(paths)
  } else {
    const chooser = app.waitForEvent('filechooser')
    await app.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles(paths)
  }
  await expect(app.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible()
}

/** Exports through the UI and returns the written file's text (a download, or the path Electron saved). */
export async function exportMarkdown(app: Page, electronApp: ElectronApplication | null): Promise<{ fileName: string; content: string }> {
  if (electronApp) {
    const target = join(mkdtempSync(join(tmpdir(), 'gloss-export-')), 'export.md')
    await electronApp.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog
    }, target)
    await app.getByRole('button', { name: 'Export Markdown' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible()
    return { fileName: 'export.md', content: readFileSync(target, 'utf8') }
  }
  const download = app.waitForEvent('download')
  await app.getByRole('button', { name: 'Export Markdown' }).click()
  const file = await download
  return { fileName: file.suggestedFilename(), content: readFileSync((await file.path())!, 'utf8') }
}

/** Selects `phrase` in the article by dragging the mouse across it, as a user does, even where highlights split it into several runs. */
export async function selectPhrase(app: Page, phrase: string): Promise<void> {
  // The article renders after navigation; wait for it as a user waits to see the text.
  await expect(app.locator('.article-text')).toContainText(phrase)
  const box = await app.evaluate((wanted) => {
    for (const block of document.querySelectorAll('.article-text > .block')) {
      const nodes: Text[] = []
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const joined = nodes.map((node) => node.data).join('')
      const index = joined.indexOf(wanted)
      if (index < 0) continue
      const locate = (offset: number, preferEnd: boolean): [Text, number] => {
        let seen = 0
        for (const node of nodes) {
          const inside = preferEnd ? offset <= seen + node.data.length : offset < seen + node.data.length
          if (inside) return [node, offset - seen]
          seen += node.data.length
        }
        const last = nodes[nodes.length - 1]!
        return [last, last.data.length]
      }
      const range = document.createRange()
      range.setStart(...locate(index, false))
      range.setEnd(...locate(index + wanted.length, true))
      ;(block as HTMLElement).scrollIntoView({ block: 'center' })
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
      const first = rects[0]!
      const last = rects[rects.length - 1]!
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
    }
    return null
  }, phrase)
  if (!box) throw new Error(`Phrase not found in the article: ${phrase}`)
  await app.mouse.move(box.x1, box.y1)
  await app.mouse.down()
  await app.mouse.move(box.x2, box.y2, { steps: 8 })
  await app.mouse.up()
}
