// Files Gloss would refuse for their type or size are answered in the page, never uploaded (a
// dropped folder's videos must not cross to the server byte by byte), and a chosen folder is taken
// as the desktop's folder walk takes it: hidden entries and other file types passed over.
import { closeSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, openSync, ftruncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, FIXTURES } from './support/app'

const MB = 1024 * 1024

// A file of that size that takes no disk space (its bytes are never meant to be read).
function sparseFile(path: string, bytes: number): string {
  const descriptor = openSync(path, 'w')
  ftruncateSync(descriptor, bytes)
  closeSync(descriptor)
  return path
}

// Bytes the page sent in its upload requests, by the lengths the browser declared for them.
function watchUploadedBytes(app: Page): () => Promise<number> {
  const requests: Promise<number>[] = []
  app.on('request', (request) => {
    if (request.url().includes('/api/import:add-files')) requests.push(request.headerValue('content-length').then((length) => Number(length ?? 0)))
  })
  return async () => (await Promise.all(requests)).reduce((sum, size) => sum + size, 0)
}

test('a file of another type and a file over its limit are reported without being uploaded', async ({ app, electronApp }) => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-foreign-'))
  const good = join(folder, 'article.txt')
  copyFileSync(join(FIXTURES, '003_746bf8a0f9856691.txt'), good)
  const paths = [good, sparseFile(join(folder, 'talk.mp4'), 700 * MB), sparseFile(join(folder, 'big.txt'), 60 * MB)]
  const uploaded = watchUploadedBytes(app)
  if (electronApp) await app.getByTestId('import-files-input').setInputFiles(paths)
  else {
    const chooser = app.waitForEvent('filechooser')
    await app.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles(paths)
  }
  const report = app.getByRole('status').filter({ hasText: 'Imported' })
  await expect(report).toContainText('Imported 1 article; 2 could not be imported.')
  const failures = report.getByRole('list', { name: 'Files not imported' }).getByRole('listitem')
  await expect(failures.filter({ hasText: '"talk.mp4" has an unsupported file type (.mp4); Gloss imports .txt' })).toHaveCount(1)
  await expect(failures.filter({ hasText: '"big.txt" is too large to import (60 MB; the limit for .txt files is 50 MB)' })).toHaveCount(1)
  await expect(app.getByTestId('article-row')).toHaveCount(1)
  if (!electronApp) {
    // The article went (so the count is real); the 760 MB of the two others did not.
    const sent = await uploaded()
    expect(sent).toBeGreaterThan(5000)
    expect(sent).toBeLessThan(MB)
  }
})

test('a chosen folder imports its articles and passes over hidden entries and other file types', async ({ app, electronApp }) => {
  test.skip(!!electronApp, "The desktop app's folder button opens the native dialog; import-desktop-dialog covers its folder walk")
  const root = mkdtempSync(join(tmpdir(), 'gloss-folder-'))
  const folder = join(root, 'Research')
  mkdirSync(join(folder, 'drafts'), { recursive: true })
  mkdirSync(join(folder, '.cache'))
  copyFileSync(join(FIXTURES, '003_746bf8a0f9856691.txt'), join(folder, 'defence.txt'))
  copyFileSync(join(FIXTURES, 'sample-article.html'), join(folder, 'drafts', 'mekong.html'))
  copyFileSync(join(FIXTURES, '001_651b314454ef5de5.txt'), join(folder, '.hidden-copy.txt'))
  copyFileSync(join(FIXTURES, '000_145f68dcc3970373.txt'), join(folder, '.cache', 'cached.txt'))
  sparseFile(join(folder, 'talk.mp4'), 700 * MB)
  sparseFile(join(folder, 'drafts', 'huge.txt'), 60 * MB)
  const uploaded = watchUploadedBytes(app)
  await app.getByTestId('import-folder-input').setInputFiles(folder)
  const report = app.getByRole('status').filter({ hasText: 'Imported' })
  await expect(report).toContainText('Imported 2 articles; 1 could not be imported.')
  const failures = report.getByRole('list', { name: 'Files not imported' }).getByRole('listitem')
  await expect(failures).toHaveCount(1)
  await expect(failures).toContainText('"huge.txt" is too large to import')
  const rows = app.getByTestId('article-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'Defence diplomacy contributes to safeguarding Fatherland early, from afar' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'Mekong delta farmers adapt to rising salinity' })).toHaveCount(1)
  const sent = await uploaded()
  expect(sent).toBeGreaterThan(5000)
  expect(sent).toBeLessThan(MB)
})

test('a folder with nothing Gloss imports says so without starting an import', async ({ app, electronApp }) => {
  test.skip(!!electronApp, "The desktop app's folder button opens the native dialog")
  const folder = join(mkdtempSync(join(tmpdir(), 'gloss-empty-folder-')), 'Videos')
  mkdirSync(folder)
  sparseFile(join(folder, 'talk.mp4'), 10 * MB)
  sparseFile(join(folder, '.DS_Store'), 1024)
  await app.getByTestId('import-folder-input').setInputFiles(folder)
  await expect(app.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 0 articles.')
  await expect(app.getByTestId('article-row')).toHaveCount(0)
})

test('a page saved with its pictures, uploaded as a folder, shows them; other pictures in the folder are not imported as files', async ({
  app,
  electronApp
}) => {
  test.skip(!!electronApp, "The desktop app's folder button opens the native dialog; import-desktop-dialog reads such a page from disk")
  const folder = join(mkdtempSync(join(tmpdir(), 'gloss-saved-page-')), 'Saved')
  cpSync(join(FIXTURES, 'saved-page'), folder, { recursive: true })
  // A picture beside it that the page does not name is neither shown nor imported as a file.
  copyFileSync(join(FIXTURES, 'saved-page', 'Harbour_files', 'quay.png'), join(folder, 'unrelated.png'))
  await app.getByTestId('import-folder-input').setInputFiles(folder)
  await expect(app.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 1 article.')
  await expect(app.getByTestId('article-row')).toHaveCount(1)
  await app.getByText('Quay repairs finish before the ferry season').click()
  const picture = app.getByRole('main', { name: 'Article' }).getByRole('img', { name: 'The repaired quay at high tide' })
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/)
  expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(320)
  await expect(app.getByRole('main', { name: 'Article' }).getByRole('img')).toHaveCount(1)
})
