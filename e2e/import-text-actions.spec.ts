// The reader's text actions: "Use original text" and "Clean again", with highlights following
// the text (or listed as not found when their words are gone), and Undo.
import { test, expect, importFixtures, selectPhrase } from './support/app'

const TITLE = 'Vietnam has taken an active and responsible part in defence diplomacy activities'
// A teaser for another article: cleaning drops it, the original keeps it.
const TEASER = 'Defence diplomacy is not only an external task of the Ministry of National Defence'

test.beforeEach(async ({ app, electronApp }) => {
  await importFixtures(app, ['000_145f68dcc3970373.txt'], electronApp)
  await app.getByTestId('article-row').first().click()
  await expect(app.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toContainText(TITLE)
})

test('"Use original text" keeps a highlight on the same words', async ({ app }) => {
  const article = app.getByRole('main', { name: 'Article' })
  await expect(article).not.toContainText(TEASER)
  await selectPhrase(app, 'recorded remarkable cooperation achievements')
  await app.keyboard.press('h')
  await expect(article.locator('mark.highlight')).toHaveText('recorded remarkable cooperation achievements')

  await app.getByRole('button', { name: 'Use original text' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Now showing the original text; the highlight kept its place.' })).toBeVisible()
  await expect(article).toContainText(TEASER)
  await expect(article.locator('mark.highlight')).toHaveText('recorded remarkable cooperation achievements')
})

test('cleaning again removes a highlighted teaser: the highlight is listed as not found, and Undo brings it back', async ({ app }) => {
  const article = app.getByRole('main', { name: 'Article' })
  await app.getByRole('button', { name: 'Use original text' }).click()
  await expect(article).toContainText(TEASER)
  await selectPhrase(app, TEASER)
  await app.keyboard.press('h')
  await expect(article.locator('mark.highlight')).toHaveText(TEASER)

  await app.getByRole('button', { name: 'Clean again' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Cleaned again; 1 of 1 highlight not found in the new text' })).toBeVisible()
  await expect(article).not.toContainText(TEASER)
  await expect(article.locator('mark.highlight')).toHaveCount(0)
  const orphans = app.getByRole('region', { name: /Not found in the text/ })
  await expect(orphans).toContainText(TEASER)

  await app.getByRole('button', { name: 'Undo' }).click()
  await expect(article.locator('mark.highlight')).toHaveText(TEASER)
  await expect(orphans).toHaveCount(0)
})

test('an article showing its original text is still known: importing its file again offers the duplicate', async ({ app, electronApp }) => {
  await app.getByRole('button', { name: 'Use original text' }).click()
  await expect(app.getByRole('main', { name: 'Article' })).toContainText(TEASER)
  await app.getByRole('button', { name: '← Library' }).click()
  await app.getByRole('button', { name: 'Dismiss' }).click()

  if (electronApp) await app.getByTestId('import-files-input').setInputFiles('e2e/fixtures/000_145f68dcc3970373.txt')
  else {
    const chooser = app.waitForEvent('filechooser')
    await app.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles('e2e/fixtures/000_145f68dcc3970373.txt')
  }
  const dialog = app.getByRole('dialog', { name: 'This file looks like an article you have' })
  await expect(dialog).toContainText(`000_145f68dcc3970373.txt looks like “${TITLE}`)
})

test('"Use original text" in the cleaning report closes it, leaving the note of the change and its Undo in view', async ({ app }) => {
  await app.getByRole('button', { name: /Cleaning report/ }).click()
  const report = app.getByRole('dialog', { name: 'Cleaning report' })
  await report.getByRole('button', { name: 'Use original text' }).click()
  await expect(report).toBeHidden()
  await expect(app.getByRole('status').filter({ hasText: 'Now showing the original text.' })).toBeVisible()
  await expect(app.getByRole('main', { name: 'Article' })).toContainText(TEASER)
  await app.getByRole('button', { name: 'Undo' }).click()
  await expect(app.getByRole('main', { name: 'Article' })).not.toContainText(TEASER)
})
