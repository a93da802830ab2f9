// The notebook as a user uses it: every highlight, grouped four ways, filtered with the search
// syntax, a tag overview, and a jump from an entry to its place in the article.
import { test, expect, importFixtures, selectPhrase } from './support/app'

const DEFENCE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'
const VIETNAMESE = 'Prime Minister Phạm Minh Chính meets Japanese business leaders in Hà Nội'

test.describe('notebook', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt', 'vietnamese-names.txt'], electronApp)
    for (const [title, phrase, color] of [
      [DEFENCE, 'opened 33 military attachés offices in foreign countries', 'green'],
      [VIETNAMESE, 'semiconductors, renewable energy and high-speed rail', 'blue'],
      [VIETNAMESE, 'simplify administrative procedures', 'green']
    ] as const) {
      await app.getByText(title).click()
      await selectPhrase(app, phrase)
      await app
        .getByRole('toolbar', { name: 'Selection' })
        .getByRole('button', { name: new RegExp(`Highlight ${color}`) })
        .click()
      await expect(
        app
          .locator('mark.highlight')
          .filter({ hasText: phrase.slice(0, 20) })
          .first()
      ).toBeVisible()
      await app.getByRole('button', { name: '← Library' }).click()
    }
    await app.getByRole('button', { name: 'Edit ' + VIETNAMESE }).click()
    await app.getByRole('dialog', { name: 'Edit article' }).getByLabel('Tags').fill('investment')
    await app.getByRole('dialog', { name: 'Edit article' }).getByRole('button', { name: 'Save' }).click()
    await app.getByRole('link', { name: 'Notebook' }).click()
    await expect(app.getByRole('heading', { name: 'Notebook' })).toBeVisible()
  })

  test('groups by article, colour, date and tag, and filters', async ({ app }) => {
    const list = app.getByLabel('Highlights')
    await expect(app.getByText('3 of 3 highlights')).toBeVisible()
    await expect(list.getByRole('heading', { name: /Untagged/ })).toBeVisible()
    await app.getByRole('button', { name: 'Article', exact: true }).click()
    await expect(list.getByRole('heading', { level: 2 })).toHaveText([`${VIETNAMESE} 2`, `${DEFENCE} 1`])
    await app.getByRole('button', { name: 'Colour' }).click()
    await expect(list.getByRole('heading', { level: 2 })).toHaveText(['Blue 1', 'Green 2'])
    await app.getByRole('button', { name: 'Date' }).click()
    await expect(list.getByRole('heading', { level: 2 })).toHaveCount(1)

    await app.getByRole('searchbox', { name: 'Filter highlights' }).fill('color:green')
    await expect(app.getByText('2 of 3 highlights')).toBeVisible()
    await app.getByRole('searchbox', { name: 'Filter highlights' }).fill('tag:investment color:green')
    await expect(app.getByText('1 of 3 highlights')).toBeVisible()
    await expect(list.getByRole('article')).toContainText('simplify administrative procedures')
    await app.getByRole('searchbox', { name: 'Filter highlights' }).fill('"renewable energy"')
    await expect(list.getByRole('article')).toContainText('semiconductors, renewable energy')
  })

  test('an entry opens its article at the highlight', async ({ app }) => {
    await app.getByRole('link', { name: 'simplify administrative procedures' }).click()
    await expect(app.getByRole('heading', { level: 1, name: VIETNAMESE })).toBeVisible()
    await expect(app.locator('mark.highlight-green')).toBeInViewport()
  })
})
