// Bad input through the UI: each bad file is listed in the report with its reason, the rest imports.
import { test, expect, importFixtures } from './support/app'

test('empty, binary, corrupt and unsupported files are reported one by one; the good file imports', async ({ app, electronApp }) => {
  await importFixtures(app, ['bad/empty.txt', 'bad/binary-image.txt', 'bad/corrupt.pdf', 'bad/notes.xyz', '003_746bf8a0f9856691.txt'], electronApp)
  const report = app.getByRole('status').filter({ hasText: 'Imported' })
  await expect(report).toContainText('Imported 1 article; 4 could not be imported.')
  const failures = report.getByRole('list', { name: 'Files not imported' }).getByRole('listitem')
  await expect(failures).toHaveCount(4)
  await expect(failures.filter({ hasText: '"empty.txt" is empty' })).toHaveCount(1)
  await expect(failures.filter({ hasText: '"binary-image.txt" is a PNG image, not text' })).toHaveCount(1)
  await expect(failures.filter({ hasText: '"corrupt.pdf" is damaged' })).toHaveCount(1)
  await expect(failures.filter({ hasText: '"notes.xyz" has an unsupported file type (.xyz)' })).toHaveCount(1)
  await expect(app.getByTestId('article-row')).toHaveCount(1)
  await expect(app.getByTestId('article-row')).toContainText('Defence diplomacy contributes to safeguarding Fatherland early, from afar')
})
