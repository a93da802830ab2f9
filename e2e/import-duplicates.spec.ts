// Importing an article the library already has: the user decides per duplicate (skip, keep both,
// or replace keeping annotations), for one or for all.
import type { ElectronApplication, Locator, Page } from '@playwright/test'
import { test, expect, importFixtures, selectPhrase } from './support/app'

const DEFENCE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'
const INTEGRATION = /International integration in terms of defense/

// Two library articles, then new scrapes of both: the dialog asking about the two.
async function importTwoDuplicates(app: Page, electronApp: ElectronApplication | null): Promise<Locator> {
  await importFixtures(app, ['003_746bf8a0f9856691.txt', '004_47686e53b8b82f22.txt'], electronApp)
  await app.getByRole('button', { name: 'Dismiss' }).click()
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import files' }).click()
  await (await chooser).setFiles(['e2e/fixtures/duplicates/003-rescraped.txt', 'e2e/fixtures/duplicates/004-rescraped.txt'])
  return app.getByRole('dialog', { name: '2 files look like articles you have' })
}

test.describe('duplicates of library articles', () => {
  test('Replace puts the new text in place and keeps the highlight on its words', async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt'], electronApp)
    await app.getByText(DEFENCE).click()
    await selectPhrase(app, 'opened 33 military attachés offices in foreign countries')
    await app.keyboard.press('h')
    const article = app.getByRole('main', { name: 'Article' })
    await expect(article.locator('mark.highlight')).toHaveText('opened 33 military attachés offices in foreign countries')
    await app.getByRole('button', { name: '← Library' }).click()

    const chooser = app.waitForEvent('filechooser')
    await app.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles(['duplicates/003-rescraped.txt', '004_47686e53b8b82f22.txt'].map((name) => `e2e/fixtures/${name}`))
    const dialog = app.getByRole('dialog', { name: 'This file looks like an article you have' })
    await expect(dialog.getByTestId('duplicate-item')).toHaveCount(1)
    await expect(dialog).toContainText(`003-rescraped.txt looks like “${DEFENCE}”`)
    await dialog.getByRole('radiogroup', { name: 'What to do with 003-rescraped.txt' }).getByLabel('Replace (keep annotations)').check()
    await dialog.getByRole('button', { name: 'Continue' }).click()

    await expect(app.getByRole('status').filter({ hasText: 'Imported 1 article; 1 duplicate replaced the older text.' })).toBeVisible()
    await expect(app.getByTestId('article-row')).toHaveCount(2)
    await app.getByText(DEFENCE).click()
    await expect(article).toContainText('Share on Facebook | Tweet | Email')
    await expect(article.locator('mark.highlight')).toHaveText('opened 33 military attachés offices in foreign countries')
  })

  test('"Apply my choice to all" keeps both copies of every duplicate', async ({ app, electronApp }) => {
    const dialog = await importTwoDuplicates(app, electronApp)
    await dialog.getByLabel('Apply my choice to all').check()
    await dialog.getByRole('radiogroup', { name: 'What to do with 003-rescraped.txt' }).getByLabel('Keep both').check()
    await expect(dialog.getByRole('radiogroup', { name: 'What to do with 004-rescraped.txt' }).getByLabel('Keep both')).toBeChecked()
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Imported 2 articles.' })).toBeVisible()
    await expect(app.getByTestId('article-row')).toHaveCount(4)
  })

  test('ticking "Apply my choice to all" after choosing applies that choice to every duplicate', async ({ app, electronApp }) => {
    const dialog = await importTwoDuplicates(app, electronApp)
    await dialog.getByRole('radiogroup', { name: 'What to do with 004-rescraped.txt' }).getByLabel('Keep both').check()
    await dialog.getByLabel('Apply my choice to all').check()
    await expect(dialog.getByRole('radiogroup', { name: 'What to do with 003-rescraped.txt' }).getByLabel('Keep both')).toBeChecked()
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Imported 2 articles.' })).toBeVisible()
    await expect(app.getByTestId('article-row')).toHaveCount(4)
  })

  test('the dialog holds the keyboard: focus starts and stays inside it, and Escape skips every duplicate', async ({ app, electronApp }) => {
    const dialog = await importTwoDuplicates(app, electronApp)
    await expect(dialog.getByLabel('Apply my choice to all')).toBeFocused()
    for (let press = 0; press < 8; press++) {
      await app.keyboard.press('Tab')
      // Past its last control focus leaves for the browser's own (the page's body is active then), never for the page behind.
      expect(await dialog.evaluate((element) => document.activeElement === document.body || element.contains(document.activeElement))).toBe(true)
    }
    await app.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(app.getByRole('status').filter({ hasText: 'Imported 0 articles; 2 duplicates skipped.' })).toBeVisible()
    await expect(app.getByTestId('article-row')).toHaveCount(2)
  })

  test('only one of two files like the same article can replace it', async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt'], electronApp)
    await app.getByRole('button', { name: 'Dismiss' }).click()
    const chooser = app.waitForEvent('filechooser')
    await app.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles(['e2e/fixtures/003_746bf8a0f9856691.txt', 'e2e/fixtures/duplicates/003-rescraped.txt'])
    const dialog = app.getByRole('dialog', { name: '2 files look like articles you have' })
    await expect(dialog.getByTestId('duplicate-item').nth(1)).toContainText('As does 003_746bf8a0f9856691.txt: only one of them can replace it.')
    const first = dialog.getByRole('radiogroup', { name: 'What to do with 003_746bf8a0f9856691.txt' })
    const second = dialog.getByRole('radiogroup', { name: 'What to do with 003-rescraped.txt' })
    await first.getByLabel('Replace (keep annotations)').check()
    await second.getByLabel('Replace (keep annotations)').check()
    await expect(first.getByLabel('Skip')).toBeChecked()
    // Applying that to all keeps the file chosen last as the one to replace it.
    await dialog.getByLabel('Apply my choice to all').check()
    await expect(second.getByLabel('Replace (keep annotations)')).toBeChecked()
    await expect(first.getByLabel('Skip')).toBeChecked()
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Imported 0 articles; 1 duplicate replaced the older text; 1 duplicate skipped.' })).toBeVisible()
    await app.getByText(DEFENCE).click()
    await expect(app.getByRole('main', { name: 'Article' })).toContainText('Share on Facebook | Tweet | Email')
  })

  test('a second copy within one import is caught too, and Skip leaves it out', async ({ app, electronApp }) => {
    const chooser = app.waitForEvent('filechooser')
    await app.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles(['e2e/fixtures/004_47686e53b8b82f22.txt', 'e2e/fixtures/duplicates/004-rescraped.txt'])
    const dialog = app.getByRole('dialog', { name: 'This file looks like an article you have' })
    await expect(dialog).toContainText('004-rescraped.txt looks like')
    await expect(dialog.getByLabel('Skip')).toBeChecked()
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Imported 1 article; 1 duplicate skipped.' })).toBeVisible()
    await expect(app.getByTestId('article-row')).toHaveCount(1)
    await expect(app.getByTestId('article-row')).toContainText(INTEGRATION)
    void electronApp
  })
})
