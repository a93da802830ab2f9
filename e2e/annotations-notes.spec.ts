// Notes as a user writes them: Markdown shortcuts become formatting, the note saves itself and
// is there after a reload, `#` in a note tags the highlight, and the article has a note of its own.
import { test, expect, importFixtures, selectPhrase } from './support/app'

const ARTICLE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'

test.describe('notes', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt'], electronApp)
    await app.getByText(ARTICLE).click()
  })

  test('a highlight note takes Markdown formatting and is saved as you type', async ({ app }) => {
    await selectPhrase(app, 'strengthen strategic trust')
    await app.keyboard.press('n')
    const note = app.getByRole('textbox', { name: 'Highlight note' })
    await expect(note).toBeFocused()
    await app.keyboard.type('The **core** aim, and')
    await app.keyboard.press('Enter')
    await app.keyboard.type('- first point')
    await expect(note.locator('strong')).toHaveText('core')
    await expect(note.locator('ul li')).toHaveText('first point')
    await expect(app.getByRole('dialog', { name: 'Highlight' }).getByRole('status')).toHaveText('Saved')
    await expect(app.getByTestId('panel-highlight')).toContainText('The core aim, and')

    await app.reload()
    await app.getByRole('main', { name: 'Article' }).locator('mark.highlight').click()
    const reopened = app.getByRole('textbox', { name: 'Highlight note' })
    await expect(reopened.locator('strong')).toHaveText('core')
    await expect(reopened.locator('ul li')).toHaveText('first point')
  })

  test('closing the popover right after typing still saves the note', async ({ app }) => {
    await selectPhrase(app, 'strengthen strategic trust')
    await app.keyboard.press('n')
    await app.keyboard.type('last words')
    await app.keyboard.press('Escape')
    await expect(app.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0)
    await expect(app.getByTestId('panel-highlight')).toContainText('last words')
    await app.reload()
    await expect(app.getByTestId('panel-highlight')).toContainText('last words')
  })

  test('typing # in a note suggests existing tags and adds the chosen one to the highlight', async ({ app }) => {
    await selectPhrase(app, 'Vietnam steadfastly follows its defence policy')
    await app.keyboard.press('t')
    await expect(app.getByRole('combobox', { name: 'Highlight tags' })).toBeFocused()
    await app.keyboard.type('diplomacy/border')
    await app.keyboard.press('Enter')
    await app.keyboard.press('Escape')
    await expect(app.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0)

    await selectPhrase(app, 'strengthen strategic trust')
    await app.keyboard.press('n')
    await app.keyboard.type('See also #bor')
    await app.getByRole('listbox', { name: 'Tag suggestions' }).getByRole('option', { name: '#diplomacy/border' }).click()
    const popover = app.getByRole('dialog', { name: 'Highlight' })
    await expect(popover.getByRole('list', { name: /current tags/ })).toHaveText('#diplomacy/border×')
    await expect(app.getByRole('textbox', { name: 'Highlight note' })).toHaveText('See also #diplomacy/border')

    // A new name typed after # becomes a new tag.
    await app.keyboard.type(' and #mekong')
    await app.keyboard.press('Enter')
    await expect(popover.getByRole('button', { name: 'Remove tag mekong' })).toBeVisible()
  })

  test('the article has its own note, with headings and lists', async ({ app }) => {
    await app.getByRole('tab', { name: 'Article note' }).click()
    const note = app.getByRole('textbox', { name: 'Article note' })
    await note.click()
    await app.keyboard.type('## Summary')
    await app.keyboard.press('Enter')
    await app.keyboard.type('- Defence diplomacy is *early*')
    await expect(note.locator('h2')).toHaveText('Summary')
    await expect(note.locator('li em')).toHaveText('early')
    await expect(app.getByRole('tabpanel').getByRole('status')).toHaveText('Saved')

    await app.reload()
    await app.getByRole('tab', { name: 'Article note' }).click()
    await expect(app.getByRole('textbox', { name: 'Article note' }).locator('h2')).toHaveText('Summary')
  })
})
