// A page saved with its pictures (SingleFile, "Save page as… complete" into one file) keeps
// them: shown in place from the article itself, nothing fetched, highlights unaffected, exported.
import type { Page } from '@playwright/test'
import { test, expect, importFixtures, selectPhrase } from './support/app'

/** Where a phrase of the article starts or ends on screen. */
async function pointAt(app: Page, phrase: string, edge: 'start' | 'end'): Promise<{ x: number; y: number }> {
  return app.evaluate(
    ([wanted, side]) => {
      const walker = document.createTreeWalker(document.querySelector('.article-text')!, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(wanted)
        if (index < 0) continue
        const range = document.createRange()
        range.setStart(node, index)
        range.setEnd(node, index + wanted.length)
        const rects = [...range.getClientRects()]
        const rect = side === 'start' ? rects[0]! : rects[rects.length - 1]!
        return { x: side === 'start' ? rect.left + 1 : rect.right - 1, y: rect.top + rect.height / 2 }
      }
      throw new Error(`not found: ${wanted}`)
    },
    [phrase, edge] as const
  )
}

test('a page saved with its pictures shows them in place, and highlights and exports around them', async ({ app, electronApp }) => {
  await importFixtures(app, ['formats/harbour-photo.html'], electronApp)
  await app.getByText('The harbour reopens after the storm').click()
  const article = app.getByRole('main', { name: 'Article' })

  const photo = article.getByRole('img', { name: 'Boats moored in the calm harbour' })
  await expect(photo).toBeVisible()
  await expect(photo).toHaveAttribute('src', /^data:image\/png;base64,/)
  expect(await photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(320)
  // The caption follows the picture; a picture the page would fetch, and a tracking pixel, are not kept.
  await expect(article.locator('figure.block-image + figcaption')).toHaveText('The harbour on Monday morning, calm again.')
  await expect(article.locator('.article-text img')).toHaveCount(1)

  // A highlight after the picture sits on its words, and stays there when the article opens again.
  await selectPhrase(app, 'the first ferry left for the islands')
  await app.keyboard.press('h')
  await expect(article.locator('mark.highlight')).toHaveText('the first ferry left for the islands')
  await app.getByRole('button', { name: '← Library' }).click()
  await app.getByText('The harbour reopens after the storm').click()
  await expect(article.locator('mark.highlight')).toHaveText('the first ferry left for the islands')

  // A selection from the text above the picture to the text below it highlights both.
  const from = await pointAt(app, 'the ferry terminal', 'start')
  const to = await pointAt(app, 'Crews worked', 'end')
  await app.mouse.move(from.x, from.y)
  await app.mouse.down()
  await app.mouse.move(to.x, to.y, { steps: 12 })
  await app.mouse.up()
  await app.keyboard.press('h')
  await expect(article.locator('mark.highlight')).toHaveText([
    'the ferry terminal, the harbour master said.',
    'The harbour on Monday morning, calm again.',
    'Crews worked',
    'the first ferry left for the islands'
  ])

  test.skip(!!electronApp, 'Electron saves through native dialogs; the export preview is read in the browser mode')
  await app.getByRole('button', { name: 'Export…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Export annotations' })
  await dialog.getByRole('checkbox', { name: /Article text/ }).check()
  await expect(dialog.getByTestId('export-preview')).toContainText('![Boats moored in the calm harbour](data:image/png;base64,')
})

test('"Use original text" of a Word file keeps its pictures, each where it stood', async ({ app, electronApp }) => {
  // A Word file's original is its extracted text alone; the picture comes back from the article.
  await importFixtures(app, ['pictures/quay-report.docx'], electronApp)
  await app.getByText('Quay repairs report').click()
  const article = app.getByRole('main', { name: 'Article' })
  const picture = article.getByRole('img', { name: 'The repaired quay at high tide' })
  await expect(picture).toBeVisible()
  await app.getByRole('button', { name: 'Use original text' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Now showing the original text' })).toBeVisible()
  await expect(picture).toBeVisible()
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/)
  // Still between the words it stood between.
  const neighbours = await picture.evaluate((image) => {
    const figure = image.closest('figure')
    return [figure?.previousElementSibling?.textContent ?? '', figure?.nextElementSibling?.textContent ?? '']
  })
  expect(neighbours[0]).toContain('worked through the storms.')
  expect(neighbours[1]).toContain('Ferries return in spring')
})
