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

  // A selection that starts inside a link makes a highlight, as on any other words.
  await selectPhrase(app, 'timetable page now says')
  await app.keyboard.press('h')
  await expect(article.locator('mark.highlight')).toHaveText(['timetable page', ' now says'])
  await expect(timetable).toHaveText('its timetable page')
  await expect(app.getByRole('complementary').getByText('timetable page now says')).toBeVisible()

  test.skip(!!electronApp, 'Electron saves through native dialogs; the rest reads the browser download')
  await app.getByRole('button', { name: 'Export…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Export annotations' })
  await dialog.getByRole('checkbox', { name: /Article text/ }).check()
  await expect(dialog.getByTestId('export-preview')).toContainText(
    'as [its ==timetable page==](https://news.example/travel/ferries) ==now says==, and would not run'
  )
  await expect(dialog.getByTestId('export-preview')).toContainText('[the news desk](mailto:desk@news.example)')
})
