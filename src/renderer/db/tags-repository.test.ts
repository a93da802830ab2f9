// Tag changes against a real IndexedDB implementation (fake-indexeddb): applied everywhere, atomically.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GlossDatabase } from './database'
import { createHighlight, listArticleHighlights } from './highlights-repository'
import { getArticleMeta } from './articles-repository'
import {
  addArticleTag,
  addHighlightTag,
  deleteTag,
  removeArticleTag,
  removeHighlightTag,
  listTagUsage,
  mergeTags,
  renameTag,
  setArticleTags,
  setHighlightTags
} from './tags-repository'
import { addTestArticle, freshDatabase } from './test-articles'

let db: GlossDatabase

beforeEach(() => {
  db = freshDatabase()
})

async function taggedLibrary() {
  const article = await addTestArticle(['Vietnam has defence ties with over 100 countries and border talks with China.'])
  const first = await createHighlight(article.id, article.text, 0, 7, 'yellow')
  const second = await createHighlight(article.id, article.text, 13, 26, 'green')
  await setHighlightTags(first.id, ['diplomacy/border', ' Trade '])
  await setHighlightTags(second.id, ['diplomacy', 'commerce'])
  await setArticleTags(article.id, ['Diplomacy', 'asia'])
  return { article, first, second }
}

const tagsOf = async (articleId: string) => (await listArticleHighlights(articleId)).map((h) => h.tags)

describe('tags repository', () => {
  it('normalises tags, keeps the first spelling and counts their use', async () => {
    const { article, first } = await taggedLibrary()
    await addHighlightTag(first.id, 'trade')
    await addHighlightTag(first.id, '#Mekong  delta')
    expect((await tagsOf(article.id))[0]).toEqual(['diplomacy/border', 'Trade', 'Mekong delta'])
    const usage = await listTagUsage()
    expect(usage).toContainEqual({ name: 'diplomacy', highlights: 1, articles: 1 })
    expect(usage).toContainEqual({ name: 'Trade', highlights: 1, articles: 0 })
    expect(usage.map((tag) => tag.name)).toEqual(['asia', 'commerce', 'diplomacy', 'diplomacy/border', 'Mekong delta', 'Trade'])
  })

  it('keeps both tags when two are added at once, and removes one by any spelling', async () => {
    const { article, first } = await taggedLibrary()
    await Promise.all([addHighlightTag(first.id, 'asean'), addHighlightTag(first.id, 'mekong')])
    expect((await tagsOf(article.id))[0]).toEqual(['diplomacy/border', 'Trade', 'asean', 'mekong'])
    await removeHighlightTag(first.id, 'TRADE')
    await Promise.all([addArticleTag(article.id, 'x'), removeArticleTag(article.id, 'asia')])
    expect((await tagsOf(article.id))[0]).toEqual(['diplomacy/border', 'asean', 'mekong'])
    expect((await getArticleMeta(article.id))?.tags).toEqual(['Diplomacy', 'x'])
  })

  it('renames a parent and its children on highlights, articles and the tags table', async () => {
    const { article } = await taggedLibrary()
    await renameTag('diplomacy', 'defence')
    expect(await tagsOf(article.id)).toEqual([
      ['defence/border', 'Trade'],
      ['defence', 'commerce']
    ])
    expect((await getArticleMeta(article.id))?.tags).toEqual(['defence', 'asia'])
    expect((await db.tags.toCollection().primaryKeys()).sort()).toEqual(['Trade', 'asia', 'commerce', 'defence', 'defence/border'])
  })

  it('merges one tag into another without duplicates, keeping the existing spelling', async () => {
    const { article, first } = await taggedLibrary()
    await addHighlightTag(first.id, 'commerce')
    await mergeTags('commerce', 'trade')
    expect(await tagsOf(article.id)).toEqual([
      ['diplomacy/border', 'Trade'],
      ['diplomacy', 'Trade']
    ])
    expect((await listTagUsage()).find((tag) => tag.name === 'Trade')).toEqual({ name: 'Trade', highlights: 2, articles: 0 })
    expect((await listTagUsage()).some((tag) => tag.name === 'commerce')).toBe(false)
  })

  it('changes only the spelling when renamed to another case', async () => {
    const { article } = await taggedLibrary()
    await renameTag('trade', 'TRADE')
    expect((await tagsOf(article.id))[0]).toEqual(['diplomacy/border', 'TRADE'])
  })

  it('deletes a tag everywhere and keeps its children', async () => {
    const { article } = await taggedLibrary()
    await deleteTag('DIPLOMACY')
    expect(await tagsOf(article.id)).toEqual([['diplomacy/border', 'Trade'], ['commerce']])
    expect((await getArticleMeta(article.id))?.tags).toEqual(['asia'])
    expect((await listTagUsage()).map((tag) => tag.name)).toEqual(['asia', 'commerce', 'diplomacy/border', 'Trade'])
  })

  it('is atomic: a failure part-way leaves every record as it was', async () => {
    const { article } = await taggedLibrary()
    // Make the tags-table step fail after highlights and articles have been modified.
    db.tags.hook('creating', () => {
      throw new Error('disk full')
    })
    await expect(renameTag('diplomacy', 'defence')).rejects.toThrow('disk full')
    expect(await tagsOf(article.id)).toEqual([
      ['diplomacy/border', 'Trade'],
      ['diplomacy', 'commerce']
    ])
    expect((await getArticleMeta(article.id))?.tags).toEqual(['Diplomacy', 'asia'])
  })

  it('refuses to move a tag inside itself or to an empty name', async () => {
    await taggedLibrary()
    await expect(renameTag('diplomacy', 'diplomacy/sub')).rejects.toThrow()
    await expect(renameTag('diplomacy', '  ')).rejects.toThrow()
  })
})
