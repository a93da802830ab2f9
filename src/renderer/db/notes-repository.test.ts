// Notes and colour meanings against a real IndexedDB implementation.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GlossDatabase } from './database'
import { createHighlight, listArticleHighlights } from './highlights-repository'
import { getArticleNote, saveArticleNote, saveHighlightNote } from './notes-repository'
import { getColorMeanings, renameColorMeaning } from './color-meanings-repository'
import { DEFAULT_COLOR_MEANINGS } from '../../shared/model/annotation'
import { addTestArticle, freshDatabase } from './test-articles'

let db: GlossDatabase

beforeEach(() => {
  db = freshDatabase()
})

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Why now?' }] }] }

describe('notes repository', () => {
  it('saves a highlight note as Tiptap JSON with its plain text', async () => {
    const { id, text } = await addTestArticle(['Some words to note.'])
    const highlight = await createHighlight(id, text, 0, 4, 'yellow')
    await saveHighlightNote(highlight.id, { doc, text: 'Why now?' })
    expect((await listArticleHighlights(id))[0]?.note).toEqual({ doc, text: 'Why now?' })
  })

  it('saves and reads the article note, and reads the nested backup shape too', async () => {
    expect(await getArticleNote('a1')).toEqual({ doc: null, text: '' })
    await saveArticleNote('a1', { doc, text: 'Why now?' })
    expect(await getArticleNote('a1')).toEqual({ doc, text: 'Why now?' })
    await db.articleNotes.put({ articleId: 'a2', note: { doc: null, text: 'old' }, updatedAt: 1 } as never)
    expect(await getArticleNote('a2')).toEqual({ doc: null, text: 'old' })
  })
})

describe('colour meanings', () => {
  it('falls back to the defaults and keeps renamed meanings', async () => {
    expect(await getColorMeanings()).toEqual(DEFAULT_COLOR_MEANINGS)
    await renameColorMeaning('pink', '  Disagree  ')
    expect(await getColorMeanings()).toEqual({ ...DEFAULT_COLOR_MEANINGS, pink: 'Disagree' })
    await renameColorMeaning('pink', '')
    expect((await getColorMeanings()).pink).toBe(DEFAULT_COLOR_MEANINGS.pink)
  })
})
