// Highlighting as a user lives it: by mouse and by key, recolour, overlap, adjust to a new
// selection, the panel and the text pointing at each other, and removal undone two ways.
import { test, expect, importFixtures, selectPhrase } from './support/app'

const ARTICLE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'

test.describe('highlights', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt'], electronApp)
    await app.getByText(ARTICLE).click()
  })

  test('highlight by mouse and by key, recolour, and overlap', async ({ app }) => {
    const article = app.getByRole('main', { name: 'Article' })
    await selectPhrase(app, 'opened 33 military attachés offices')
    await app
      .getByRole('toolbar', { name: 'Selection' })
      .getByRole('button', { name: /Highlight blue/ })
      .click()
    await expect(article.locator('mark.highlight-blue')).toHaveText('opened 33 military attachés offices')

    // Overlapping the first: the shared words are marked as an overlap, both stay listed.
    await selectPhrase(app, 'military attachés offices in foreign countries')
    await app.keyboard.press('h')
    await expect(article.locator('mark.overlap')).toHaveText('military attachés offices')
    await expect(app.getByTestId('panel-highlight')).toHaveCount(2)

    // Recolour from the popover; the colour's meaning names it in the panel, not the colour alone.
    // Both are blue (the key uses the last colour); the first run belongs to the first highlight only.
    await expect(article.locator('mark.highlight-blue')).toHaveText(['opened 33 ', 'military attachés offices', ' in foreign countries'])
    await article.locator('mark.highlight-blue').first().click()
    const popover = app.getByRole('dialog', { name: 'Highlight' })
    await popover.getByRole('button', { name: /Recolour pink: Question/ }).click()
    await expect(article.locator('mark.highlight-pink').first()).toHaveText('opened 33 ')
    await expect(app.getByTestId('panel-highlight').first()).toContainText('Question')
  })

  test('colour meanings can be renamed in the legend and name highlights everywhere', async ({ app }) => {
    await app.getByRole('list', { name: 'Colour legend' }).getByRole('button', { name: 'pink: Question. Rename' }).click()
    await app.getByLabel('Meaning of pink').fill('Disagree')
    await app.keyboard.press('Enter')
    await selectPhrase(app, 'strengthen strategic trust')
    await app.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Highlight pink: Disagree' }).click()
    await expect(app.getByTestId('panel-highlight')).toContainText('Disagree')
    await app.reload()
    await expect(app.getByRole('list', { name: 'Colour legend' })).toContainText('Disagree')
  })

  test('extend a highlight by selecting over it', async ({ app }) => {
    const article = app.getByRole('main', { name: 'Article' })
    await selectPhrase(app, '33 military attachés')
    await app.keyboard.press('h')
    await article.locator('mark.highlight').click()
    await expect(app.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
    await selectPhrase(app, 'opened 33 military attachés offices in foreign countries')
    await app.getByRole('button', { name: 'Adjust highlight to selection' }).click()
    await expect(article.locator('mark.highlight')).toHaveText('opened 33 military attachés offices in foreign countries')
    await expect(app.getByTestId('panel-highlight')).toHaveCount(1)
    await expect(app.getByTestId('panel-highlight')).toContainText('opened 33 military attachés offices in foreign countries')
  })

  test('the panel and the text point at each other', async ({ app }) => {
    const article = app.getByRole('main', { name: 'Article' })
    await selectPhrase(app, 'Vietnam steadfastly follows its defence policy')
    await app.keyboard.press('h')
    await selectPhrase(app, 'allowed 52 countries to have military attaché offices in Vietnam')
    await app.keyboard.press('h')
    const entries = app.getByTestId('panel-highlight')
    await expect(entries).toHaveCount(2)

    await article.locator('mark.highlight').filter({ hasText: 'allowed 52' }).click()
    await expect(entries.filter({ hasText: 'allowed 52' })).toHaveAttribute('aria-current', 'true')
    await expect(entries.filter({ hasText: 'steadfastly' })).not.toHaveAttribute('aria-current', 'true')

    await app.keyboard.press('Escape')
    await entries.filter({ hasText: 'steadfastly' }).click()
    await expect(article.locator('mark.highlight.active')).toHaveText('Vietnam steadfastly follows its defence policy')
    await expect(app.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
  })

  test('removing a highlight can be undone with the toast and with Ctrl+Z', async ({ app }) => {
    const article = app.getByRole('main', { name: 'Article' })
    await selectPhrase(app, 'strengthen strategic trust')
    await app.keyboard.press('h')
    const mark = article.locator('mark.highlight')
    await expect(mark).toHaveText('strengthen strategic trust')

    await mark.click()
    await app.getByRole('button', { name: 'Remove highlight' }).click()
    await expect(mark).toHaveCount(0)
    await app.getByRole('status').getByRole('button', { name: 'Undo' }).click()
    await expect(mark).toHaveText('strengthen strategic trust')
    await expect(app.getByTestId('panel-highlight')).toHaveCount(1)

    await mark.click()
    await app.getByRole('button', { name: 'Remove highlight' }).click()
    await expect(mark).toHaveCount(0)
    await app.keyboard.press('Control+z')
    await expect(mark).toHaveText('strengthen strategic trust')

    // The restored highlight is stored, not only shown: the library counts it (its count changes in
    // the same transaction), and after a reload the article still shows it.
    await app.getByRole('button', { name: '← Library' }).click()
    await expect(app.getByRole('link', { name: new RegExp(`^${ARTICLE}`) })).toContainText(/(?<!\d)1 highlight(?!s)/)
    await app.reload()
    await app.getByText(ARTICLE).click()
    await expect(article.locator('mark.highlight')).toHaveText('strengthen strategic trust')
  })
})
