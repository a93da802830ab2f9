// The whole loop as a user lives it: import → library → read → highlight → reload → export.
import { parse as parseYaml } from 'yaml'
import { test, expect, importFixtures, exportMarkdown, selectPhrase } from './support/app'

test.describe('import, read, highlight, export', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt', 'sample-article.html', '004_47686e53b8b82f22.txt'], electronApp)
  })

  test('the library lists imported articles newest first with their facts', async ({ app }) => {
    const rows = app.getByTestId('article-row')
    await expect(rows).toHaveCount(3)
    await expect(rows.nth(0)).toContainText('words')
    await expect(rows.nth(1)).toContainText('Mekong delta farmers adapt to rising salinity')
    await expect(rows.nth(2)).toContainText('Defence diplomacy contributes to safeguarding Fatherland early, from afar')
    await expect(rows.nth(2)).toContainText('22 Dec 2023')
    await expect(rows.nth(2).getByTestId('highlight-count')).toHaveText('0 highlights')
  })

  test('an article opens with readable structure', async ({ app }) => {
    await app.getByText('Mekong delta farmers adapt to rising salinity').click()
    await expect(app.getByRole('heading', { level: 1, name: 'Mekong delta farmers adapt to rising salinity' })).toBeVisible()
    await expect(app.getByRole('heading', { level: 2, name: 'A new rotation' })).toBeVisible()
    await expect(app.locator('blockquote')).toContainText('We could not wait for the river')
    // Navigation and the footer are not part of the article.
    await expect(app.locator('.article-text')).not.toContainText('Subscribe')
  })

  test('highlight by toolbar and by key, survive a reload, remove by click', async ({ app }) => {
    await app.getByText('Defence diplomacy contributes to safeguarding Fatherland early, from afar').click()
    const article = app.getByRole('main', { name: 'Article' })
    await expect(article.getByRole('heading', { level: 2, name: 'Vietnam joins UN peacekeeping forces' })).toBeVisible()

    await selectPhrase(app, 'opened 33 military attachés offices in foreign countries')
    await app
      .getByRole('toolbar', { name: 'Selection' })
      .getByRole('button', { name: /Highlight green/ })
      .click()
    const green = article.locator('mark.highlight-green')
    await expect(green).toHaveText('opened 33 military attachés offices in foreign countries')
    await expect(green).toHaveAttribute('title', 'Evidence (green)')

    // The key highlights in the colour used last.
    await selectPhrase(app, 'Vietnam steadfastly follows its defence policy of peace and self-defence')
    await app.keyboard.press('h')
    await expect(article.locator('mark.highlight-green').filter({ hasText: 'steadfastly follows' }).first()).toBeVisible()
    await expect(app.getByTestId('panel-highlight')).toHaveCount(2)

    await app.reload()
    const attachés = article.locator('mark.highlight-green').filter({ hasText: 'military attachés' })
    await expect(attachés).toHaveText('opened 33 military attachés offices in foreign countries')
    await expect(app.getByTestId('panel-highlight')).toHaveCount(2)

    await attachés.click()
    await app.getByRole('button', { name: 'Remove highlight' }).click()
    await expect(attachés).toHaveCount(0)
    await expect(article.locator('mark.highlight-green').filter({ hasText: 'steadfastly follows' })).toHaveCount(1)
    await expect(app.getByTestId('panel-highlight')).toHaveCount(1)

    await app.getByRole('button', { name: '← Library' }).click()
    await expect(app.getByTestId('article-row').filter({ hasText: 'safeguarding Fatherland' }).getByTestId('highlight-count')).toHaveText('1 highlight')
  })

  test('export writes Markdown with front matter and each highlight as a quote', async ({ app, electronApp }) => {
    await app.getByText('Defence diplomacy contributes to safeguarding Fatherland early, from afar').click()
    await selectPhrase(app, 'allowed 52 countries to have military attaché offices in Vietnam')
    await app.keyboard.press('h')
    await expect(app.locator('mark.highlight')).toHaveCount(1)

    const { fileName, content } = await exportMarkdown(app, electronApp)
    expect(fileName).toMatch(/\.md$/)
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(content)
    expect(frontMatter).not.toBeNull()
    const fields = parseYaml(frontMatter![1]!) as Record<string, unknown>
    expect(fields.title).toBe('Defence diplomacy contributes to safeguarding Fatherland early, from afar')
    expect(String(fields.published)).toContain('2023-12-22')
    expect(fields.source).toBe('VNA')
    expect(content).toContain('> allowed 52 countries to have military attaché offices in Vietnam')
  })
})
