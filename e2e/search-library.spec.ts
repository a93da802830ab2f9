// Searching the library as a user does: by title, text, highlight, note and tag, ignoring
// diacritics, with quoted phrases, jumping to the match; and find within the open article.
import { test, expect, importFixtures, selectPhrase } from './support/app'

const VIETNAMESE = 'Prime Minister Phạm Minh Chính meets Japanese business leaders in Hà Nội'
const DEFENCE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'

test.describe('search', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['vietnamese-names.txt', '003_746bf8a0f9856691.txt', 'sample-article.html'], electronApp)
  })

  test('finds a name without its diacritics and jumps to it in the article', async ({ app }) => {
    await app.keyboard.press('/')
    await expect(app.getByRole('searchbox', { name: 'Search the library' })).toBeFocused()
    await app.keyboard.type('Pham Minh Chinh')
    const articles = app.getByRole('region', { name: 'Articles' })
    const result = articles.getByRole('link').filter({ hasText: VIETNAMESE })
    await expect(result).toHaveCount(1)
    await expect(result.locator('mark').first()).toHaveText('Phạm')
    await articles.getByRole('link').filter({ hasText: 'received a delegation' }).click()
    await expect(app).toHaveURL(/#\/article\/[\w-]+\?at=\d+/)
    await expect(app.getByRole('heading', { level: 1, name: VIETNAMESE })).toBeVisible()
    await expect(app.locator('.article-text').getByText(/on January 15 received a delegation/)).toBeInViewport()
  })

  test('finds titles and text, prefixes as typed, and quoted phrases only in order', async ({ app }) => {
    const box = app.getByRole('searchbox', { name: 'Search the library' })
    const articles = app.getByRole('region', { name: 'Articles' })
    await box.fill('Mekong salin')
    await expect(articles.getByRole('link')).toHaveCount(1)
    await expect(articles.getByRole('link')).toContainText('Mekong delta farmers adapt to rising salinity')
    await box.fill('semiconductors')
    await expect(articles.getByRole('link')).toContainText(VIETNAMESE)
    await box.fill('"Japanese business leaders"')
    await expect(articles.getByRole('link')).toHaveCount(1)
    await box.fill('"leaders business Japanese"')
    await expect(app.getByText('Nothing matches')).toBeVisible()
  })

  test('finds highlights, tags and notes', async ({ app }) => {
    await app.getByText(DEFENCE).click()
    await selectPhrase(app, 'opened 33 military attachés offices in foreign countries')
    await app
      .getByRole('toolbar', { name: 'Selection' })
      .getByRole('button', { name: /Highlight green/ })
      .click()
    await expect(app.locator('mark.highlight-green')).toHaveCount(1)
    await app.getByRole('button', { name: '← Library' }).click()

    // Tag the article through the edit dialog, then search for the tag.
    await app.getByRole('button', { name: `Edit ${DEFENCE}` }).click()
    const dialog = app.getByRole('dialog', { name: 'Edit article' })
    await dialog.getByLabel('Tags').fill('diplomacy')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toBeHidden()

    const box = app.getByRole('searchbox', { name: 'Search the library' })
    await box.fill('attaches')
    const highlights = app.getByRole('region', { name: 'Highlights' })
    await expect(highlights.getByRole('link')).toHaveCount(1)
    await expect(highlights.getByRole('link').locator('mark')).toHaveText('attachés')

    await box.fill('diplom')
    await expect(app.getByRole('region', { name: 'Tags' }).getByRole('button', { name: /#diplomacy/ })).toBeVisible()
    await app
      .getByRole('region', { name: 'Tags' })
      .getByRole('button', { name: /#diplomacy/ })
      .click()
    await expect(box).toHaveValue('tag:diplomacy ')
    await expect(app.getByRole('region', { name: 'Articles' }).getByRole('link')).toHaveCount(1)
    await box.fill('tag:diplomacy color:green')
    await expect(highlights.getByRole('link')).toHaveCount(1)

    // A jump from a highlight result lands on the highlight.
    await box.fill('attaches')
    await highlights.getByRole('link').click()
    await expect(app.locator('mark.highlight-green')).toBeInViewport()
  })

  test('finds an article note', async ({ app }) => {
    await app.getByText('Mekong delta farmers adapt to rising salinity').click()
    await app.getByRole('tab', { name: 'Article note' }).click()
    const note = app.getByRole('textbox', { name: 'Article note' })
    await note.click()
    await app.keyboard.type('Ask the agronomist about shrimp rotation')
    await expect(note).toContainText('agronomist')
    await app.waitForTimeout(1200) // the note editor saves after a pause in typing
    await app.getByRole('button', { name: '← Library' }).click()
    await app.getByRole('searchbox', { name: 'Search the library' }).fill('agronomist')
    await expect(app.getByRole('region', { name: 'Notes' }).getByRole('link')).toContainText('Ask the agronomist')
  })

  test('finds within the open article with a count and next/previous', async ({ app }) => {
    await app.getByText(VIETNAMESE).click()
    await expect(app.getByRole('heading', { level: 1, name: VIETNAMESE })).toBeVisible()
    await app.locator('.article-text').click()
    await app.keyboard.press('Control+f')
    const find = app.getByRole('searchbox', { name: 'Find in article' })
    await expect(find).toBeFocused()
    await find.fill('viet nam')
    await expect(app.getByRole('search', { name: 'Find in article' })).toContainText('1 of 3')
    await app.getByRole('button', { name: 'Next match' }).click()
    await expect(app.getByRole('search', { name: 'Find in article' })).toContainText('2 of 3')
    await find.press('Shift+Enter')
    await find.press('Shift+Enter')
    await expect(app.getByRole('search', { name: 'Find in article' })).toContainText('3 of 3')
    await find.fill('no such words')
    await expect(app.getByRole('search', { name: 'Find in article' })).toContainText('No matches')
  })
})
