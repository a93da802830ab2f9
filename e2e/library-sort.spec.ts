// Sorting the library as a reader expects: titles A to Z whatever their case or accents, from the
// sort menu or by clicking the table's column headers, and the chosen sort remembered.
import { test, expect, importFixtures } from './support/app'
import type { Page } from '@playwright/test'

const APPLE = 'apple growers brace for a late frost'
const ECONOMIE = 'Économie circulaire : les villes montrent la voie'
const ZEBRA = 'Zebra crossings return to the old quarter'
const ZOO = 'zoo keepers train a new generation of volunteers'
const A_TO_Z = [APPLE, ECONOMIE, ZEBRA, ZOO]
// By word count, longest first: 97, 85, 76 and 44 words.
const LONGEST_FIRST = [ZOO, APPLE, ECONOMIE, ZEBRA]

test.describe('library sorting', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    const files = ['zebra-crossings.md', 'apple-growers.md', 'zoo-keepers.md', 'economie-circulaire.md'].map((name) => `sorting/${name}`)
    await importFixtures(app, files, electronApp)
    await app.getByRole('button', { name: 'Dismiss' }).click()
  })

  const listTitles = (app: Page) => app.getByRole('list', { name: 'Articles' }).locator('.article-row-title')
  const table = (app: Page) => app.getByRole('table', { name: 'Articles' })
  const tableTitles = (app: Page) => table(app).getByTestId('article-row').locator('.cell-title')
  const header = (app: Page, name: string) => table(app).getByRole('columnheader', { name, exact: true })

  test('sorts titles regardless of case and accents', async ({ app }) => {
    await expect(listTitles(app)).toHaveCount(4)
    await app.getByLabel('Sort by').selectOption('title')
    await expect(listTitles(app)).toHaveText(A_TO_Z)
    await app.getByRole('button', { name: 'Ascending order' }).click()
    await expect(listTitles(app)).toHaveText([...A_TO_Z].reverse())
  })

  test('table headers sort, a second click reverses, and the sort menu agrees', async ({ app }) => {
    await app.getByRole('button', { name: 'Table' }).click()
    await expect(header(app, 'Added')).toHaveAttribute('aria-sort', 'descending')
    await expect(header(app, 'Title')).not.toHaveAttribute('aria-sort')

    await header(app, 'Title').getByRole('button').click()
    await expect(tableTitles(app)).toHaveText(A_TO_Z)
    await expect(header(app, 'Title')).toHaveAttribute('aria-sort', 'ascending')
    await expect(header(app, 'Title')).toContainText('↑')
    await expect(header(app, 'Added')).not.toHaveAttribute('aria-sort')
    await expect(app.getByLabel('Sort by')).toHaveValue('title')

    await header(app, 'Title').getByRole('button').click()
    await expect(tableTitles(app)).toHaveText([...A_TO_Z].reverse())
    await expect(header(app, 'Title')).toHaveAttribute('aria-sort', 'descending')
    await expect(header(app, 'Title')).toContainText('↓')
    await expect(app.getByRole('button', { name: 'Descending order' })).toBeVisible()

    await app.getByLabel('Sort by').selectOption('published')
    await expect(header(app, 'Published')).toHaveAttribute('aria-sort', 'descending')
    await expect(header(app, 'Title')).not.toHaveAttribute('aria-sort')
    await expect(tableTitles(app)).toHaveText([APPLE, ZEBRA, ECONOMIE, ZOO])
  })

  test('the sort chosen from a header survives a reload', async ({ app }) => {
    await app.getByRole('button', { name: 'Table' }).click()
    await header(app, 'Words').getByRole('button').click()
    await expect(header(app, 'Words')).toHaveAttribute('aria-sort', 'descending')
    await expect(tableTitles(app)).toHaveText(LONGEST_FIRST)
    await header(app, 'Words').getByRole('button').click()
    await expect(tableTitles(app)).toHaveText([...LONGEST_FIRST].reverse())

    await app.reload()
    await expect(header(app, 'Words')).toHaveAttribute('aria-sort', 'ascending')
    await expect(tableTitles(app)).toHaveText([...LONGEST_FIRST].reverse())
    await expect(app.getByLabel('Sort by')).toHaveValue('words')
    await expect(app.getByRole('button', { name: 'Ascending order' })).toBeVisible()
  })
})
