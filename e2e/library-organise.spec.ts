// Organising the library as a user does: sorting, each filter as removable chips, the table,
// the view remembered, multi-select with bulk tag, mark read and trash, restore, and editing.
import { test, expect, importFixtures } from './support/app'

const DEFENCE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'
const MEKONG = 'Mekong delta farmers adapt to rising salinity'
const VIETNAMESE = 'Prime Minister Phạm Minh Chính meets Japanese business leaders in Hà Nội'

test.describe('library', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt', 'sample-article.html', 'vietnamese-names.txt'], electronApp)
    await app.getByRole('button', { name: 'Dismiss' }).click()
  })

  const titles = (app: import('@playwright/test').Page) => app.getByRole('list', { name: 'Articles' }).locator('.article-row-title')

  test('sorts by title, published date and date added', async ({ app }) => {
    await expect(titles(app)).toHaveCount(3)
    const added = await titles(app).allTextContents()
    expect([...added].sort()).toEqual([DEFENCE, MEKONG, VIETNAMESE].sort())
    await app.getByLabel('Sort by').selectOption('title')
    await expect(titles(app)).toHaveText([DEFENCE, MEKONG, VIETNAMESE])
    await app.getByRole('button', { name: 'Ascending order' }).click()
    await expect(titles(app)).toHaveText([VIETNAMESE, MEKONG, DEFENCE])
    await app.getByLabel('Sort by').selectOption('published')
    await expect(titles(app)).toHaveText([MEKONG, VIETNAMESE, DEFENCE])
    await app.getByRole('button', { name: 'Descending order' }).click()
    await expect(titles(app)).toHaveText([DEFENCE, VIETNAMESE, MEKONG])
    await app.getByLabel('Sort by').selectOption('added')
    await expect(titles(app)).toHaveText(added)
  })

  test('filters combine as chips, each removable, and the view is remembered', async ({ app }) => {
    await app.getByLabel('Filter by source').selectOption('VNA')
    await expect(app.getByRole('list', { name: 'Active filters' })).toContainText('source: VNA')
    await expect(titles(app)).toHaveCount(2)
    await expect(titles(app).filter({ hasText: MEKONG })).toHaveCount(0)
    await app.getByLabel('Published from').fill('2024-01-01')
    await app.getByLabel('Published from').blur()
    await expect(titles(app)).toHaveText([VIETNAMESE])
    await app.getByLabel('Filter by state').selectOption('new')
    await expect(titles(app)).toHaveText([VIETNAMESE])
    await app.getByRole('button', { name: 'Table' }).click()
    await expect(app.getByRole('table', { name: 'Articles' }).getByRole('row').filter({ hasText: VIETNAMESE })).toContainText('new')

    await app.reload()
    await expect(app.getByRole('list', { name: 'Active filters' })).toContainText('published from 2024-01-01')
    await expect(app.getByRole('table', { name: 'Articles' })).toBeVisible()
    await app.getByRole('button', { name: 'Remove filter published from 2024-01-01' }).click()
    await app.getByRole('button', { name: 'Remove filter source: VNA' }).click()
    await app.getByRole('button', { name: 'Remove filter state: new' }).click()
    await expect(app.getByRole('list', { name: 'Active filters' })).toHaveCount(0)
    await expect(app.getByRole('table', { name: 'Articles' }).getByRole('row')).toHaveCount(4)

    await app.getByLabel('Has highlights').check()
    await expect(app.getByText('No articles match these filters.')).toBeVisible()
  })

  test('bulk tag, tag filter, mark read, trash and restore', async ({ app }) => {
    await expect(titles(app)).toHaveCount(3)
    const added = await titles(app).allTextContents()
    const boxes = app.getByRole('list', { name: 'Articles' }).getByRole('checkbox')
    await boxes.first().click()
    await boxes.last().click({ modifiers: ['Shift'] })
    const bar = app.getByRole('toolbar', { name: 'Selected articles' })
    await expect(bar).toContainText('3 selected')
    await app.getByRole('checkbox', { name: `Select ${MEKONG}` }).click()
    await expect(bar).toContainText('2 selected')
    await bar.getByLabel('Tag name').fill('asia')
    await bar.getByRole('button', { name: 'Add tag' }).click()
    await bar.getByRole('button', { name: 'Mark read' }).click()

    await app.getByRole('button', { name: 'Clear selection' }).click()
    // Each row shows its reading state and tags.
    const mekongRow = app.getByTestId('article-row').filter({ hasText: MEKONG })
    await expect(mekongRow.getByTestId('reading-state')).toHaveText('New')
    await expect(mekongRow.getByLabel(/^Tags:/)).toHaveCount(0)
    const taggedRow = app.getByTestId('article-row').filter({ hasNotText: MEKONG }).first()
    await expect(taggedRow.getByTestId('reading-state')).toHaveText('Finished')
    await expect(taggedRow.getByLabel('Tags: asia')).toHaveText('#asia')
    await app.getByLabel('Filter by tag').selectOption('asia')
    await expect(titles(app)).toHaveCount(2)
    await expect(titles(app).filter({ hasText: MEKONG })).toHaveCount(0)
    await app.getByLabel('Filter by state').selectOption('finished')
    await expect(titles(app)).toHaveCount(2)
    await app.getByRole('button', { name: 'Remove filter state: finished' }).click()
    await app.getByRole('button', { name: 'Remove filter tag: asia' }).click()

    await app.locator('.library-list').click({ position: { x: 5, y: 5 } })
    await app.keyboard.press('Control+a')
    await expect(bar).toContainText('3 selected')
    await app.getByRole('checkbox', { name: `Select ${VIETNAMESE}` }).click()
    await app.getByRole('checkbox', { name: `Select ${DEFENCE}` }).click()
    await bar.getByRole('button', { name: 'Move to trash' }).click()
    await expect(titles(app)).toHaveText(added.filter((title) => title !== MEKONG))

    await app.getByRole('button', { name: 'Trash', exact: true }).click()
    await expect(app.getByRole('heading', { name: 'Trash' })).toBeVisible()
    await app.getByRole('checkbox', { name: `Select ${MEKONG}` }).click()
    await app.getByRole('toolbar', { name: 'Selected articles' }).getByRole('button', { name: 'Restore' }).click()
    await expect(app.getByText('The trash is empty.')).toBeVisible()
    await app.getByRole('button', { name: '← Library' }).click()
    await expect(titles(app)).toHaveText(added)

    await app.getByRole('checkbox', { name: `Select ${MEKONG}` }).click()
    await app.getByRole('toolbar', { name: 'Selected articles' }).getByRole('button', { name: 'Move to trash' }).click()
    await app.getByRole('button', { name: 'Trash', exact: true }).click()
    app.once('dialog', (dialog) => void dialog.accept())
    await app.getByRole('button', { name: 'Empty trash' }).click()
    await expect(app.getByText('The trash is empty.')).toBeVisible()
    await app.getByRole('button', { name: '← Library' }).click()
    await expect(titles(app)).toHaveText(added.filter((title) => title !== MEKONG))
  })

  test('renames an article and edits its metadata', async ({ app }) => {
    await app.getByRole('button', { name: `Edit ${MEKONG}` }).click()
    const dialog = app.getByRole('dialog', { name: 'Edit article' })
    await dialog.getByLabel('Title').fill('Salinity in the Mekong delta')
    await dialog.getByLabel('Source').fill('Delta Weekly')
    await dialog.getByLabel('Published').fill('2024-03-05')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toHaveCount(0)
    const row = app.getByRole('listitem').filter({ hasText: 'Salinity in the Mekong delta' })
    await expect(row).toContainText('Delta Weekly')
    await expect(row).toContainText('5 Mar 2024')
  })
})
