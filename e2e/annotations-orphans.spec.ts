// A highlight is never lost: when the article's text changes under it (here: using the original
// text, highlighting its header, then cleaning again), it is listed as not found, with its quote,
// and can be re-attached to a new selection or deleted.
import { test, expect, importFixtures, selectPhrase } from './support/app'

const ARTICLE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'

test('a highlight whose text disappears becomes an orphan that can be re-attached', async ({ app, electronApp }) => {
  await importFixtures(app, ['003_746bf8a0f9856691.txt'], electronApp)
  await app.getByText(ARTICLE).click()
  const article = app.getByRole('main', { name: 'Article' })
  await app.getByRole('button', { name: 'Use original text' }).click()
  await expect(article).toContainText('673760')

  await selectPhrase(app, '673760')
  await app.keyboard.press('h')
  await selectPhrase(app, 'strengthen strategic trust')
  await app.keyboard.press('h')
  await expect(app.getByTestId('panel-highlight')).toHaveCount(2)

  await app.getByRole('button', { name: 'Clean again' }).click()
  await expect(article).not.toContainText('673760')
  const orphans = app.getByRole('region', { name: /Not found in the text/ })
  await expect(orphans.getByTestId('orphan-highlight')).toHaveText(/673760/)
  await expect(app.getByTestId('panel-highlight')).toHaveCount(1)
  await expect(article.locator('mark.highlight')).toHaveText('strengthen strategic trust')

  await selectPhrase(app, 'Vietnam steadfastly follows its defence policy')
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click()
  await expect(article.locator('mark.highlight').filter({ hasText: 'steadfastly' })).toHaveText('Vietnam steadfastly follows its defence policy')
  await expect(orphans).toHaveCount(0)
  await expect(app.getByTestId('panel-highlight')).toHaveCount(2)
})
