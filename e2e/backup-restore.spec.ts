// Back up a library, restore it into a fresh browser profile, and refuse a damaged backup
// without touching the library.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, importFixtures, selectPhrase } from './support/app'
import { E2E_URL } from './support/server-settings'

const TITLE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'
const PHRASES = ['allowed 52 countries to have military attaché offices in Vietnam', 'opened 33 military attachés offices in foreign countries']

async function openMenuItem(app: Page, name: string): Promise<void> {
  await app.getByRole('button', { name: 'Export & backup' }).click()
  await app.getByRole('menuitem', { name }).click()
}

async function restore(app: Page, path: string): Promise<void> {
  const chooser = app.waitForEvent('filechooser')
  await openMenuItem(app, 'Restore from backup…')
  await (await chooser).setFiles(path)
}

test.describe('backup and restore', () => {
  test.skip(({ electronApp }) => !!electronApp, 'Electron backs up through native dialogs; these specs read browser downloads')

  let backupPath: string

  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt', 'sample-article.html', '004_47686e53b8b82f22.txt'], electronApp)
    await app.getByText(TITLE).click()
    for (const phrase of PHRASES) {
      await selectPhrase(app, phrase)
      await app.keyboard.press('h')
    }
    await expect(app.locator('mark.highlight')).toHaveCount(2)
    await app.getByRole('button', { name: '← Library' }).click()
    const download = app.waitForEvent('download')
    await openMenuItem(app, 'Back up library…')
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^Gloss backup \d{4}-\d\d-\d\d\.gloss\.json$/)
    backupPath = join(mkdtempSync(join(tmpdir(), 'gloss-backup-e2e-')), file.suggestedFilename())
    writeFileSync(backupPath, readFileSync((await file.path())!))
    await expect(app.getByRole('dialog', { name: 'Library backed up' })).toContainText('Saved 3 articles and 2 highlights')
    await app.getByRole('button', { name: 'OK' }).click()
  })

  test('restoring into a fresh profile gives back the same articles and highlights', async ({ app, browser }) => {
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'))
    expect(backup).toMatchObject({ format: 'gloss-backup', version: 1 })
    expect(backup.highlights).toHaveLength(2)
    const titles = await app.getByTestId('article-row').allInnerTexts()

    // A new browser context has its own, empty IndexedDB: a new machine, as far as Gloss can tell.
    const context = await browser.newContext()
    const fresh = await context.newPage()
    await fresh.goto(E2E_URL)
    await expect(fresh.getByText('Your library is empty.')).toBeVisible()
    await restore(fresh, backupPath)
    const report = fresh.getByRole('dialog', { name: /^Restored from Gloss backup/ })
    await expect(report).toContainText('Added 3 articles, 2 highlights')
    await report.getByRole('button', { name: 'OK' }).click()
    await expect(fresh.getByTestId('article-row')).toHaveCount(3)
    expect(await fresh.getByTestId('article-row').allInnerTexts()).toEqual(titles)
    await expect(fresh.getByTestId('article-row').filter({ hasText: TITLE }).getByTestId('highlight-count')).toHaveText('2 highlights')
    // The restored articles reach the search index like imported ones.
    await fresh.getByRole('searchbox', { name: 'Search the library' }).fill('"military attaché offices"')
    await expect(fresh.getByRole('region', { name: 'Articles' }).getByRole('link').filter({ hasText: TITLE })).toHaveCount(1)
    await fresh.getByRole('searchbox', { name: 'Search the library' }).fill('')
    await fresh.getByText(TITLE).click()
    for (const phrase of PHRASES) await expect(fresh.locator('mark.highlight').filter({ hasText: phrase })).toHaveCount(1)

    // Restoring the same backup again adds nothing.
    await fresh.getByRole('button', { name: '← Library' }).click()
    await restore(fresh, backupPath)
    await expect(fresh.getByRole('dialog', { name: /^Restored from/ })).toContainText('Added nothing')
    await expect(fresh.getByTestId('article-row')).toHaveCount(3)
    await context.close()
  })

  test('a damaged backup is refused with the reason, and the library stays as it was', async ({ app }) => {
    const before = await app.getByTestId('article-row').allInnerTexts()
    const text = readFileSync(backupPath, 'utf8')
    const truncated = join(mkdtempSync(join(tmpdir(), 'gloss-backup-e2e-')), 'cut.gloss.json')
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)))
    await restore(app, truncated)
    const refusal = app.getByRole('dialog', { name: 'Restore refused' })
    await expect(refusal.getByRole('alert')).toContainText('cut.gloss.json: The backup file is incomplete')
    await expect(refusal).toContainText('Your library was not changed.')
    await refusal.getByRole('button', { name: 'OK' }).click()

    const refusals: Array<[string, string, string]> = [
      ['photo.json', '{"name": "not a backup"}', 'photo.json: This file is not a Gloss backup.'],
      ['notes.json', '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"}', 'notes.json: This is an annotation export'],
      ['empty.json', '', 'empty.json: The backup file is empty.']
    ]
    for (const [name, content, sentence] of refusals) {
      const path = join(mkdtempSync(join(tmpdir(), 'gloss-backup-e2e-')), name)
      writeFileSync(path, content)
      await restore(app, path)
      await expect(app.getByRole('dialog', { name: 'Restore refused' }).getByRole('alert')).toContainText(sentence)
      await app.getByRole('button', { name: 'OK' }).click()
    }
    expect(await app.getByTestId('article-row').allInnerTexts()).toEqual(before)
    await expect(app.getByTestId('article-row').filter({ hasText: TITLE }).getByTestId('highlight-count')).toHaveText('2 highlights')
  })
})
