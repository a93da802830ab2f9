// A PDF, an EPUB and a Word file imported through the UI, each opening as a readable article.
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
  await app.getByRole('button', { name: '← Library' }).click()

  await app.getByText('The Orchard Report').click()
  await expect(article.getByRole('heading', { level: 1, name: 'The Orchard Report' })).toBeVisible()
  await expect(article).toContainText('Growers credit the new bee hives placed along the river terraces.')
  await expect(article).toContainText('Pear trees fared worse')
})
