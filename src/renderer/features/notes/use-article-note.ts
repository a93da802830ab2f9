// The note on a whole article, live, and how to save it.
import { useCallback } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Note } from '../../../shared/model/annotation'
import { getArticleNote, saveArticleNote } from '../../db/notes-repository'

/** The article's note (undefined while loading) and a saver for the editor's autosave. */
export function useArticleNote(articleId: string): { note: Note | undefined; save(note: Note): Promise<void> } {
  const note = useLiveQuery(() => getArticleNote(articleId), [articleId])
  const save = useCallback((next: Note) => saveArticleNote(articleId, next), [articleId])
  return { note, save }
}
