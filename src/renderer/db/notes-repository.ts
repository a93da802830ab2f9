// Notes in and out of storage: a note on each highlight (inside its record) and one per article.
import type { Note } from '../../shared/model/annotation'
import { database } from './database'
import { normalizeNote } from './restore'

/** Saves the note of a highlight. */
export async function saveHighlightNote(highlightId: string, note: Note): Promise<void> {
  await database().highlights.update(highlightId, { note, updatedAt: Date.now() })
}

/** The note on a whole article; an empty note when there is none. */
export async function getArticleNote(articleId: string): Promise<Note> {
  const record: unknown = await database().articleNotes.get(articleId)
  // Backups nest the note ({articleId, note}); the table stores it flat. Either shape reads.
  const nested = (record as { note?: unknown } | undefined)?.note
  return normalizeNote(nested ?? record)
}

/** Saves the note on a whole article. */
export async function saveArticleNote(articleId: string, note: Note): Promise<void> {
  await database().articleNotes.put({ articleId, doc: note.doc, text: note.text, updatedAt: Date.now() })
}
