// A web page's links, as a reader sees and uses them: shown on their words, opening outside the
// reader, never in the way of a highlight, and carried into the exported notes.
import { test, expect, importFixtures, selectPhrase } from './support/app'

const TITLE = 'Ferries stop as the storm nears the islands'

test('a page keeps its links: on their words, opening outside, under highlights, in the Markdown export', async ({ app, electronApp }) => {
  await importFixtures(app, ['formats/ferry-notice.html'], electronApp)
  await app.getByText(TITLE).click()
  const article = app.getByRole('main', { name: 'Article' })

  // A relative link is resolved against the page's own address; a mail link stays a mail link.
  const timetable = article.getByRole('link', { name: 'its timetable page' })
  await expect(timetable).toHaveAttribute('href', 'https://news.example/travel/ferries')
  await expect(timetable).toHaveAttribute('target', '_blank')
  await expect(timetable).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(article.getByRole('link', { name: 'the news desk' })).toHaveAttribute('href', 'mailto:desk@news.example')
  const notice = article.getByRole('link', { name: 'a notice' })
  await expect(notice).toHaveAttribute('href', 'https://health.example/notices/storm?id=12')
  await expect(notice).not.toHaveAttribute('onclick', /.*/)
  // A script link keeps nothing but its words, if any; no link on the page leads to a script.
  const hrefs = await article.locator('.article-text a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  expect(hrefs).toHaveLength(3)
  expect(hrefs.every((href) => /^(https:|mailto:)/.test(href))).toBe(true)
  // The source above the article leads to the page it was saved from.
  await expect(article.getByRole('link', { name: 'news.example ↗' })).toHaveAttribute('href', 'https://news.example/coast/ferries-stop.html')

  // A selection that starts inside a link makes a highlight, as on any other words, and opens nothing.
  await selectPhrase(app, 'timetable page now says')
  await app.keyboard.press('h')
  await expect(article.locator('mark.highlight')).toHaveText(['timetable page', ' now says'])
  await expect(timetable).toHaveText('its timetable page')
  // The press selected words, so the link let its focus go: no focus ring around it.
  await expect(timetable).not.toBeFocused()
  await expect(app.getByRole('complementary').getByText('timetable page now says')).toBeVisible()
  const noTab = (): Promise<unknown> =>
    app
      .context()
      .waitForEvent('page', { timeout: 1500 })
      .catch(() => null)
  let tabOpened = noTab()
  // (Chromium counts a press and release on one link as a click on it, words selected or not.)
  await selectPhrase(app, 'news des')
  expect(await tabOpened).toBeNull()
  await app.evaluate(() => window.getSelection()?.removeAllRanges())
  // Clicking the highlight on the link opens the highlight, not the page.
  tabOpened = noTab()
  await article.locator('mark.highlight').first().click()
  const popover = app.getByRole('dialog', { name: 'Highlight' })
  await expect(popover).toBeVisible()
  expect(await tabOpened).toBeNull()
  await popover.getByRole('button', { name: 'Close' }).click()

  test.skip(!!electronApp, 'Electron hands links to the system browser and saves through native dialogs; the rest is the browser mode')
  // A click on a link opens it in a new tab (the page is served here: the machine may be offline).
  await app.context().route('https://health.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Notice</title>' }))
  const opened = app.context().waitForEvent('page')
  await notice.click()
  const tab = await opened
  await expect(tab).toHaveURL('https://health.example/notices/storm?id=12')
  await tab.close()

  await app.getByRole('button', { name: 'Export…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Export annotations' })
  await dialog.getByRole('checkbox', { name: /Article text/ }).check()
  await expect(dialog.getByTestId('export-preview')).toContainText(
    'as [its ==timetable page==](https://news.example/travel/ferries) ==now says==, and would not run'
  )
  await expect(dialog.getByTestId('export-preview')).toContainText('[the news desk](mailto:desk@news.example)')
})
