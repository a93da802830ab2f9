// The desktop app's import path, driven in Chromium: "Import files" and "Import folder" ask the
// host's open dialog (scripted here, as the Electron specs script Electron's), and the server
// lists, reads and parses the chosen files and folders itself, one bad path failing alone.
import { join } from 'node:path'
import { test, expect, FIXTURES } from './support/app'
import { startScriptedDialogServer, type ScriptedDialogServer } from './support/scripted-dialog-server'

let server: ScriptedDialogServer

test.describe('import through the host open dialog', () => {
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a hook's fixtures from this pattern; this one needs none.
  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'Electron shows its own dialog; this drives the browser-mode server scripted as that dialog')
    server = await startScriptedDialogServer(4597)
  })
  test.afterAll(async () => server?.close())

  test('files and a folder chosen in the dialog are read and imported by the host', async ({ page }) => {
    await page.goto(server.url)
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible()

    server.answerNextDialog([join(FIXTURES, '003_746bf8a0f9856691.txt'), join(FIXTURES, 'no-such-file.txt')])
    await page.getByRole('button', { name: 'Import files' }).click()
    const report = page.getByRole('status').filter({ hasText: 'Imported' })
    await expect(report).toContainText('Imported 1 article; 1 could not be imported')
    await expect(report).toContainText('no-such-file.txt')
    await expect(page.getByRole('link', { name: /^Defence diplomacy contributes to safeguarding Fatherland/ })).toBeVisible()
    await report.getByRole('button', { name: 'Dismiss' }).click()

    server.answerNextDialog([join(FIXTURES, 'formats')])
    await page.getByRole('button', { name: 'Import folder' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 6 articles')
    await expect(page.getByText('7 articles')).toBeVisible()
    await expect(page.getByRole('link', { name: /^The Orchard Report/ })).toBeVisible()
  })

  test('a page saved with its pictures beside it, read from disk, shows them', async ({ page }) => {
    await page.goto(server.url)
    server.answerNextDialog([join(FIXTURES, 'saved-page', 'Harbour.html')])
    await page.getByRole('button', { name: 'Import files' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 1 article')
    await page.getByText('Quay repairs finish before the ferry season').click()
    const picture = page.getByRole('main', { name: 'Article' }).getByRole('img', { name: 'The repaired quay at high tide' })
    await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/)
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(320)
  })
})
