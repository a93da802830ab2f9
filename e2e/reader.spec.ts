// Reading as a user lives it: typography settings that stick, progress kept, the keyboard
// (paragraphs, highlights, shortcuts dialog, palette), contents, the cleaning report, and axe.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect, importFixtures, selectPhrase } from './support/app'

const MEKONG = 'Mekong delta farmers adapt to rising salinity'
const DEFENCE = 'Vietnam has taken an active and responsible part in defence diplomacy activities'

function paragraph(app: Page, text: string): ReturnType<Page['locator']> {
  return app.getByRole('main', { name: 'Article' }).getByRole('paragraph').filter({ hasText: text })
}

async function expectNoSeriousViolations(app: Page): Promise<void> {
  const results = await new AxeBuilder({ page: app }).analyze()
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

test.describe('the reader', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['000_145f68dcc3970373.txt', 'sample-article.html'], electronApp)
  })

  test('typography settings apply at once and persist after a reload', async ({ app }) => {
    await app.getByText(MEKONG).click()
    const article = app.getByRole('main', { name: 'Article' }).locator('article')
    await expect(article).toHaveCSS('font-size', '19px')
    await expect(app.getByText('121 words · 1 min read')).toBeVisible()

    await app.getByRole('button', { name: 'Reading settings' }).click()
    const settings = app.getByRole('dialog', { name: 'Reading settings' })
    await settings.getByLabel('Font size').fill('24')
    await settings.getByRole('radio', { name: 'Sepia' }).check()
    await settings.getByRole('radio', { name: 'Sans' }).check()
    await expect(settings.getByText('24 px')).toBeVisible()
    await expect(article).toHaveCSS('font-size', '24px')
    await expect(app.locator('.reader-layout')).toHaveCSS('background-color', 'rgb(244, 236, 216)')
    await app.keyboard.press('Escape')
    await expect(settings).toBeHidden()
    await expect(app.getByRole('heading', { level: 1, name: MEKONG })).toBeVisible()

    await app.reload()
    await expect(article).toHaveCSS('font-size', '24px')
    await expect(article).toHaveCSS('font-family', /sans-serif/)
    await expect(app.locator('.reader-layout')).toHaveCSS('background-color', 'rgb(244, 236, 216)')
    await app.getByRole('button', { name: 'Reading settings' }).click()
    await expect(settings.getByRole('radio', { name: 'Sepia' })).toBeChecked()
    await expect(settings.getByLabel('Font size')).toHaveValue('24')
  })

  test('reading progress is shown and restored after a reload', async ({ app }) => {
    await app.getByText(DEFENCE).click()
    const progress = app.getByRole('progressbar', { name: 'Reading progress' })
    await expect(progress).toHaveAttribute('aria-valuenow', '0')
    await app.getByRole('main', { name: 'Article' }).click({ position: { x: 5, y: 5 } })
    await app.keyboard.press(' ')
    await expect(progress).not.toHaveAttribute('aria-valuenow', '0')
    // Paging scrolls smoothly: take the reading once the bar has settled.
    let read = -1
    await expect
      .poll(
        async () => {
          const now = Number(await progress.getAttribute('aria-valuenow'))
          const settled = now === read
          read = now
          return settled
        },
        { intervals: [250] }
      )
      .toBe(true)
    expect(read).toBeGreaterThan(5)
    expect(read).toBeLessThan(95)

    // Leaving saves at once; the reload proves it came from storage.
    await app.getByRole('button', { name: '← Library' }).click()
    // The library row says how far the article was read, once the save has landed.
    const state = app.getByTestId('article-row').filter({ hasText: DEFENCE }).getByTestId('reading-state')
    await expect(state).toHaveText(`Reading ${read}%`)
    await app.reload()
    await expect(state).toHaveText(`Reading ${read}%`)
    await app.getByText(DEFENCE).click()
    await expect(progress).toHaveAttribute('aria-valuenow', String(read))
    expect(await app.getByRole('main', { name: 'Article' }).evaluate((main) => main.scrollTop)).toBeGreaterThan(100)
  })

  test('j/k and arrows move a focus ring between paragraphs; contents jump to a heading', async ({ app }) => {
    await app.getByText(MEKONG).click()
    const article = app.getByRole('main', { name: 'Article' })
    const farmers = paragraph(app, 'Farmers across the Mekong delta')
    // As a reader would, wait for the text before moving through it. The page's byline line is
    // metadata now, so the story's first paragraph comes first.
    await expect(farmers).toBeVisible()
    await expect(article).not.toContainText('By Lan Pham')
    await app.keyboard.press('j')
    await expect(farmers).toBeFocused()
    await expect(farmers).toHaveCSS('outline-style', 'none')
    expect(await farmers.evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe('none')
    await app.keyboard.press('ArrowDown')
    await expect(paragraph(app, 'In Ben Tre province')).toBeFocused()
    await app.keyboard.press('k')
    await expect(farmers).toBeFocused()
    await app.keyboard.press('ArrowUp')
    await expect(farmers).toBeFocused()

    await app.getByRole('button', { name: 'Contents' }).click()
    await app.getByRole('dialog', { name: 'Contents' }).getByRole('button', { name: 'A new rotation' }).click()
    await expect(article.getByRole('heading', { level: 2, name: 'A new rotation' })).toBeFocused()
  })

  test('[ and ] step through highlights', async ({ app }) => {
    await app.getByText(MEKONG).click()
    const article = app.getByRole('main', { name: 'Article' })
    await selectPhrase(app, 'switching from rice to shrimp')
    await app.keyboard.press('h')
    await selectPhrase(app, 'map the worst affected communes')
    await app.keyboard.press('h')
    await expect(article.locator('mark.highlight')).toHaveCount(2)

    await app.keyboard.press('g')
    const active = article.locator('mark.highlight.active')
    await app.keyboard.press(']')
    await expect(active).toHaveText('switching from rice to shrimp')
    await app.keyboard.press(']')
    await expect(active).toHaveText('map the worst affected communes')
    await expect(paragraph(app, 'In Ben Tre province')).toBeFocused()
    await app.keyboard.press('[')
    await expect(active).toHaveText('switching from rice to shrimp')
  })

  test('? lists every shortcut from the command registry; Escape closes only the dialog', async ({ app }) => {
    await app.getByText(MEKONG).click()
    await app.keyboard.press('?')
    const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(dialog).toBeVisible()
    // The list is generated from the registry: commands of every feature appear with their keys.
    const row = (label: string): ReturnType<Page['locator']> =>
      dialog.getByTestId('shortcut-row').filter({ has: app.getByRole('term').getByText(label, { exact: true }) })
    await expect(row('Next paragraph')).toContainText(/j\s*or\s*↓/)
    await expect(row('Previous highlight')).toContainText('[')
    await expect(row('Command palette')).toContainText(/Ctrl|⌘/)
    await expect(row('Highlight the selection')).toContainText('h')
    await expect(row('Back to the library')).toContainText('Esc')
    expect(await dialog.getByTestId('shortcut-row').count()).toBeGreaterThanOrEqual(14)
    await expect(dialog.getByTestId('shortcut-row').filter({ hasText: 'Go to the end' })).toContainText('Shift')
    await app.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(app.getByRole('heading', { level: 1, name: MEKONG })).toBeVisible()
  })

  test('Ctrl+K opens the palette; typing filters, Enter runs the command', async ({ app }) => {
    await app.getByText(DEFENCE).click()
    await app.keyboard.press('Control+k')
    const palette = app.getByRole('dialog', { name: 'Command palette' })
    await expect(palette.getByRole('combobox', { name: 'Command' })).toBeFocused()
    await expect(palette.getByRole('option', { name: /Export highlights as Markdown/ })).toBeVisible()
    await app.keyboard.type('go end')
    await expect(palette.getByRole('option').first()).toHaveText(/Go to the end/)
    await expect(palette.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
    await app.keyboard.press('Enter')
    await expect(palette).toBeHidden()
    await expect(app.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', '100')

    // Commands that are not available on a screen are not offered there.
    await app.getByRole('button', { name: '← Library' }).click()
    await app.keyboard.press('Control+k')
    await expect(palette.getByRole('option', { name: /Import files/ })).toBeVisible()
    await expect(palette.getByRole('option', { name: /Next paragraph/ })).toHaveCount(0)
  })

  test('the cleaning report lists what import removed and repaired, and the original', async ({ app }) => {
    await app.getByText(DEFENCE).click()
    await app.getByRole('button', { name: /Cleaning report/ }).click()
    const report = app.getByRole('dialog', { name: 'Cleaning report' })
    const removed = report.getByRole('region', { name: 'Removed' })
    await expect(removed.locator('summary').filter({ hasText: 'Teaser' })).toBeVisible()
    await expect(removed).toContainText('Defence diplomacy is not only an external task of the Ministry of National Defence')
    const repaired = report.getByRole('region', { name: 'Repaired' })
    await expect(repaired.getByRole('listitem').filter({ hasText: 'territorialsovereignty' })).toContainText('territorial sovereignty')

    await report.getByRole('button', { name: 'View original' }).click()
    const original = report.getByLabel('Original text')
    await expect(original).toContainText('territorialsovereignty')
    await expect(original).toHaveCSS('font-family', /mono/)
    await app.keyboard.press('Escape')
    await expect(report).toBeHidden()
  })

  test("a web page's original text is every word of the page, and Undo brings the article back", async ({ app }) => {
    await app.getByText(MEKONG).click()
    const article = app.getByRole('main', { name: 'Article' })
    await expect(article).not.toContainText('Copyright River Weekly')
    await app.getByRole('button', { name: 'Use original text' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Now showing the original text' })).toBeVisible()
    await expect(article).toContainText('Home | World | Subscribe')
    await expect(article).toContainText('Copyright River Weekly. Privacy')
    await expect(article).toContainText('switching from rice to shrimp')
    await expect(article).not.toContainText('<nav>')
    await app.getByRole('button', { name: 'Undo' }).click()
    await expect(article).not.toContainText('Copyright River Weekly')
  })

  test("a web page's report keeps the page around the story on record, last and closed", async ({ app }) => {
    await app.getByText(MEKONG).click()
    await app.getByRole('button', { name: /Cleaning report/ }).click()
    const report = app.getByRole('dialog', { name: 'Cleaning report' })
    await expect(report).toContainText(/passages? around the article \(menus, footers, running headers, page numbers\) (was|were) left out/)
    const around = report.locator('details.report-group').filter({ hasText: 'Outside the article' })
    await expect(around).not.toHaveAttribute('open')
    await expect(around.getByText('Copyright River Weekly. Privacy')).toBeHidden()
    await around.locator('summary').click()
    await expect(around.getByText('Copyright River Weekly. Privacy')).toBeVisible()
    await expect(around.getByText('Home | World | Subscribe')).toBeVisible()
  })

  test('no serious accessibility violations in the library, the reader and its dialogs', async ({ app }) => {
    await expectNoSeriousViolations(app)
    await app.getByText(MEKONG).click()
    await selectPhrase(app, 'switching from rice to shrimp')
    await app.keyboard.press('h')
    await expect(app.locator('mark.highlight')).toHaveCount(1)
    await app.mouse.click(5, 400)
    await expectNoSeriousViolations(app)
    await app.getByRole('button', { name: 'Reading settings' }).click()
    await expect(app.getByRole('dialog', { name: 'Reading settings' })).toBeVisible()
    await expectNoSeriousViolations(app)
    await app.keyboard.press('Escape')
    await app.keyboard.press('?')
    await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await expectNoSeriousViolations(app)
  })
})
