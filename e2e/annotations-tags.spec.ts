// Tags as a user lives them: autocomplete from existing tags, tags on the article, and the tag
// manager renaming (children too) and merging tags everywhere at once.
import type { Page } from '@playwright/test'
import { test, expect, importFixtures, selectPhrase } from './support/app'

const ARTICLE = 'Defence diplomacy contributes to safeguarding Fatherland early, from afar'

async function highlightWithTags(app: Page, phrase: string, tags: string[]): Promise<void> {
  await selectPhrase(app, phrase)
  await app.keyboard.press('t')
  for (const tag of tags) {
    await app.keyboard.type(tag)
    await app.keyboard.press('Enter')
  }
  await app.keyboard.press('Escape')
  await expect(app.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0)
}

test.describe('tags', () => {
  test.beforeEach(async ({ app, electronApp }) => {
    await importFixtures(app, ['003_746bf8a0f9856691.txt'], electronApp)
    await app.getByText(ARTICLE).click()
  })

  test('tag input suggests existing tags as you type', async ({ app }) => {
    await highlightWithTags(app, 'Vietnam steadfastly follows its defence policy', ['diplomacy/border'])
    await selectPhrase(app, 'strengthen strategic trust')
    await app.keyboard.press('t')
    await app.keyboard.type('bor')
    await app.getByRole('option', { name: 'diplomacy/border' }).click()
    await expect(app.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Remove tag diplomacy/border' })).toBeVisible()
    await expect(app.getByTestId('panel-highlight').filter({ hasText: 'strengthen strategic trust' })).toContainText('#diplomacy/border')
  })

  test('renaming and merging in the tag manager changes every highlight and the article', async ({ app }) => {
    await highlightWithTags(app, 'Vietnam steadfastly follows its defence policy', ['diplomacy/border', 'Trade'])
    await highlightWithTags(app, 'strengthen strategic trust', ['diplomacy', 'commerce'])
    await app.getByRole('tab', { name: 'Article note' }).click()
    await app.getByRole('combobox', { name: 'Article tags' }).fill('diplo')
    await app.getByRole('option', { name: 'diplomacy', exact: true }).click()
    await app.getByRole('tab', { name: 'Highlights' }).click()

    await app.getByRole('button', { name: 'Manage tags' }).click()
    const manager = app.getByRole('dialog', { name: 'Tags' })
    await expect(manager.getByRole('listitem', { name: 'diplomacy', exact: true })).toContainText('1 highlight · 1 article')
    await manager.getByRole('button', { name: 'Rename diplomacy', exact: true }).click()
    await manager.getByLabel('New name for diplomacy', { exact: true }).fill('defence')
    await manager.getByRole('button', { name: 'Save' }).click()
    await expect(manager.getByRole('listitem', { name: 'defence/border' })).toBeVisible()
    await expect(manager.getByRole('listitem', { name: 'diplomacy', exact: true })).toHaveCount(0)

    await manager.getByRole('button', { name: 'Merge commerce into another tag' }).click()
    await manager.getByLabel('Merge commerce into').selectOption('Trade')
    await manager.getByRole('button', { name: 'Merge', exact: true }).click()
    await expect(manager.getByRole('listitem', { name: 'Trade' })).toContainText('2 highlights · 0 articles')
    await expect(manager.getByRole('listitem', { name: 'commerce' })).toHaveCount(0)
    await manager.getByRole('button', { name: 'Close tags' }).click()

    const entries = app.getByTestId('panel-highlight')
    await expect(entries.filter({ hasText: 'steadfastly' })).toContainText('#defence/border #Trade')
    await expect(entries.filter({ hasText: 'strategic trust' })).toContainText('#defence #Trade')
    await app.getByRole('tab', { name: 'Article note' }).click()
    await expect(app.getByRole('button', { name: 'Remove tag defence' })).toBeVisible()
  })

  test('the tag manager opens from the command palette', async ({ app }) => {
    await app.keyboard.press('Control+k')
    await app.keyboard.type('Manage tags')
    await app.keyboard.press('Enter')
    await expect(app.getByRole('dialog', { name: 'Tags' })).toBeVisible()
  })
})
