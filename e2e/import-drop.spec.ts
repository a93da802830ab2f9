// Dragging files onto the window imports them, as a user drops files from their file manager.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, FIXTURES } from './support/app'

test('files dropped anywhere on the window are imported', async ({ app }) => {
  const files = ['003_746bf8a0f9856691.txt', 'sample-article.html'].map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }))
  const dataTransfer = await app.evaluateHandle((dropped) => {
    const transfer = new DataTransfer()
    for (const file of dropped) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }))
    return transfer
  }, files)
  await app.dispatchEvent('body', 'dragenter', { dataTransfer })
  await expect(app.getByText('Drop files or folders to import them')).toBeVisible()
  await app.dispatchEvent('body', 'dragover', { dataTransfer })
  await app.dispatchEvent('body', 'drop', { dataTransfer })
  await expect(app.getByText('Drop files or folders to import them')).toHaveCount(0)
  await expect(app.getByRole('status').filter({ hasText: 'Imported 2 articles' })).toBeVisible()
  const rows = app.getByTestId('article-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'Defence diplomacy contributes to safeguarding Fatherland early, from afar' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'Mekong delta farmers adapt to rising salinity' })).toHaveCount(1)
})
