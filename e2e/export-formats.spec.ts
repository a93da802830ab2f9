// Export from the UI in every format, as a user does: open the dialog, see the preview, export,
// and read the download back with real parsers.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import Papa from 'papaparse'
import { strFromU8, unzipSync } from 'fflate'
import { test, expect, importFixtures, selectPhrase } from './support/app'

const TITLE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'
const PHRASE = 'allowed 52 countries to have military attaché offices in Vietnam'

async function exportFromDialog(app: Page): Promise<{ fileName: string; bytes: Buffer }> {
  const download = app.waitForEvent('download')
  await app.getByRole('dialog', { name: 'Export annotations' }).getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  return { fileName: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}

test.describe('export dialog', () => {
  test.skip(({ electronApp }) => !!electronApp, 'Electron saves through native dialogs; these specs read browser downloads')

  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt', 'sample-article.html', '004_47686e53b8b82f22.txt'], electronApp)
    await app.getByText(TITLE).click()
    await selectPhrase(app, PHRASE)
    await app.keyboard.press('h')
    await expect(app.locator('mark.highlight')).toHaveCount(1)
  })

  test('Markdown: the preview shows the front matter before saving, the file parses as YAML', async ({ app }) => {
    await app.getByRole('button', { name: 'Export…' }).click()
    const dialog = app.getByRole('dialog', { name: 'Export annotations' })
    await expect(dialog.getByRole('radio', { name: /This article: Defence diplomacy/ })).toBeChecked()
    await expect(dialog.getByTestId('export-preview')).toContainText(`title: ${TITLE}`)
    await expect(dialog.getByTestId('export-preview')).toContainText(PHRASE)
    const { fileName, bytes } = await exportFromDialog(app)
    expect(fileName).toBe(`${TITLE}.md`)
    const content = bytes.toString('utf8')
    const fields = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(content)![1]!) as Record<string, unknown>
    expect(fields.title).toBe(TITLE)
    expect(content).toContain(`> ${PHRASE}`)
    await expect(dialog.getByRole('status')).toContainText('Exported 1 file, 1 article, 1 highlight')
  })

  test('Readwise CSV: exact header, the highlight as a row', async ({ app }) => {
    await app.getByRole('button', { name: 'Export…' }).click()
    const dialog = app.getByRole('dialog', { name: 'Export annotations' })
    await dialog.getByRole('radio', { name: /Readwise CSV/ }).check()
    await expect(dialog.getByTestId('export-preview')).toContainText('Highlight,Title,Author,URL,Note,Location,Date')
    const { fileName, bytes } = await exportFromDialog(app)
    expect(fileName).toMatch(/\.csv$/)
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'])
    expect(parsed.data).toHaveLength(1)
    expect(parsed.data[0]).toMatchObject({ Highlight: PHRASE, Title: TITLE })
  })

  test('W3C Web Annotations: JSON-LD with context, type and selectors', async ({ app }) => {
    await app.getByRole('button', { name: 'Export…' }).click()
    const dialog = app.getByRole('dialog', { name: 'Export annotations' })
    await dialog.getByRole('radio', { name: /W3C Web Annotations/ }).check()
    await expect(dialog.getByTestId('export-preview')).toContainText('"@context"')
    const { fileName, bytes } = await exportFromDialog(app)
    expect(fileName).toMatch(/\.json$/)
    const collection = JSON.parse(bytes.toString('utf8'))
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(collection.type).toBe('AnnotationCollection')
    const [annotation] = collection.first.items
    expect(annotation.type).toBe('Annotation')
    expect(annotation.target.source).toMatch(/^urn:gloss:article:/)
    const quote = annotation.target.selector.find((selector: { type: string }) => selector.type === 'TextQuoteSelector')
    expect(quote.exact).toBe(PHRASE)
    const position = annotation.target.selector.find((selector: { type: string }) => selector.type === 'TextPositionSelector')
    expect(position.end - position.start).toBe(PHRASE.length)
  })

  test('HTML with the article text: highlights are <mark>ed', async ({ app }) => {
    await app.getByRole('button', { name: 'Export…' }).click()
    const dialog = app.getByRole('dialog', { name: 'Export annotations' })
    await dialog.getByRole('radio', { name: /HTML/ }).check()
    await dialog.getByRole('checkbox', { name: /Article text/ }).check()
    await expect(dialog.getByTestId('export-preview')).toContainText('<!DOCTYPE html>', { ignoreCase: true })
    const { fileName, bytes } = await exportFromDialog(app)
    expect(fileName).toMatch(/\.html$/)
    const html = bytes.toString('utf8')
    expect(html).toMatch(new RegExp(`<mark[^>]*>${PHRASE}</mark>`))
  })

  test('the whole library to a folder arrives as one zip with a Markdown file per article', async ({ app }) => {
    await app.getByRole('button', { name: '← Library' }).click()
    await app.getByRole('button', { name: 'Export & backup' }).click()
    await app.getByRole('menuitem', { name: 'Export annotations…' }).click()
    const dialog = app.getByRole('dialog', { name: 'Export annotations' })
    await expect(dialog.getByRole('radio', { name: 'The whole library' })).toBeChecked()
    await expect(dialog.getByText('3 articles to export.')).toBeVisible()
    await dialog.getByRole('radio', { name: /A folder with one file per article/ }).check()
    const { fileName, bytes } = await exportFromDialog(app)
    expect(fileName).toMatch(/^Gloss export \d{4}-\d\d-\d\d\.zip$/)
    const entries = unzipSync(new Uint8Array(bytes))
    expect(Object.keys(entries)).toHaveLength(3)
    expect(Object.keys(entries)).toContain(`${TITLE}.md`)
    for (const content of Object.values(entries)) expect(strFromU8(content)).toMatch(/^---\ntitle: /)
    await expect(dialog.getByRole('status')).toContainText('Exported 3 files, 3 articles, 1 highlight')
  })

  test('the command palette opens the dialog', async ({ app }) => {
    await app.keyboard.press('Control+k')
    await app.getByRole('combobox', { name: 'Command' }).fill('Export annotations')
    await app.keyboard.press('Enter')
    await expect(app.getByRole('dialog', { name: 'Export annotations' }).getByRole('radio', { name: /This article/ })).toBeChecked()
  })
})
