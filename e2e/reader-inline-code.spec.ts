// Inline code, as a reader of a technical note sees it: set as code, left exactly as written
// while the prose around it is repaired, highlightable, and exported between backticks.
import { test, expect, importFixtures, selectPhrase } from './support/app'

const TITLE = 'Release checklist for the field app'

test('inline code is shown as code, kept as written, highlighted like any words and exported in backticks', async ({ app, electronApp }) => {
  await importFixtures(app, ['code/release-checklist.md'], electronApp)
  await app.getByText(TITLE).click()
  const article = app.getByRole('main', { name: 'Article' })
  const code = article.locator('.article-text code.inline-code')
  await expect(code).toHaveText([
    'npm ci',
    'npm run releasenotes',
    'config/featureflags.yaml',
    'offlineMaps',
    'Ctrl',
    'Shift',
    'R',
    'service-worker.js',
    'v2.4.0',
    'ECONNRESET',
    'queue: 0 pending'
  ])
  // Spaces inside code are the author's, and the reader shows them (toHaveText would fold them).
  const statusLine = code.last()
  expect(await statusLine.evaluate((element) => element.textContent)).toBe('queue:  0 pending')
  expect(await statusLine.evaluate((element) => getComputedStyle(element).whiteSpace)).toMatch(/pre|break-spaces/)
  // The glue in the prose is split; the same kind of word inside code is not.
  await expect(article.getByText('asked for the maps feature flag')).toBeVisible()
  await expect(code.nth(1)).toHaveText('npm run releasenotes')
  expect(await code.first().evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/mono/i)

  // A highlight may start in prose and end inside code.
  await selectPhrase(app, 'under offlineMaps')
  await app.keyboard.press('h')
  await expect(article.locator('mark.highlight')).toHaveText(['under ', 'offlineMaps'])
  await expect(article.locator('code.inline-code mark.highlight')).toHaveText('offlineMaps')
  await expect(app.getByRole('complementary').getByText('under offlineMaps')).toBeVisible()

  await app.getByRole('button', { name: 'Export…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Export annotations' })
  await dialog.getByRole('checkbox', { name: /Article text/ }).check()
  const preview = dialog.getByTestId('export-preview')
  await expect(preview).toContainText('run `npm ci` and then `npm run releasenotes` so')
  await expect(preview).toContainText('==under `offlineMaps`==')
})
