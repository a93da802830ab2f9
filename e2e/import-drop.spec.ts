// Dragging files onto the window imports them, as a user drops files from their file manager.
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { JSHandle, Page } from '@playwright/test'
import { test, expect, FIXTURES } from './support/app'

// The drag data of fixture files, as the file manager hands it over.
function dragged(app: Page, names: string[]): Promise<JSHandle<DataTransfer>> {
  const files = names.map((name) => ({ name: basename(name), text: readFileSync(join(FIXTURES, name), 'utf8') }))
  return app.evaluateHandle((dropped) => {
    const transfer = new DataTransfer()
    for (const file of dropped) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }))
    return transfer
  }, files)
}

async function drop(app: Page, names: string[]): Promise<void> {
  const dataTransfer = await dragged(app, names)
  await app.dispatchEvent('body', 'dragenter', { dataTransfer })
  await app.dispatchEvent('body', 'dragover', { dataTransfer })
  await app.dispatchEvent('body', 'drop', { dataTransfer })
}

test('files dropped anywhere on the window are imported', async ({ app }) => {
  const dataTransfer = await dragged(app, ['003_746bf8a0f9856691.txt', 'sample-article.html'])
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

test('files dropped while reading import there: the duplicates and the report show over the reader', async ({ app }) => {
  await drop(app, ['003_746bf8a0f9856691.txt'])
  await app.getByRole('button', { name: 'Dismiss' }).click()
  await app.getByText('Defence diplomacy contributes to safeguarding Fatherland early, from afar').click()
  await expect(app.getByRole('main', { name: 'Article' })).toBeVisible()

  await drop(app, ['duplicates/003-rescraped.txt', 'sample-article.html'])
  const dialog = app.getByRole('dialog', { name: 'This file looks like an article you have' })
  await expect(dialog).toContainText('003-rescraped.txt looks like')
  await expect(app.getByRole('main', { name: 'Article' })).toBeVisible()
  await dialog.getByLabel('Keep both').check()
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Imported 2 articles.' })).toBeVisible()

  await app.getByRole('button', { name: '← Library' }).click()
  await expect(app.getByTestId('article-row')).toHaveCount(3)
})
