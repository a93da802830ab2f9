// Highlights, tags and notes: what the user adds to an article.
import { z } from 'zod'

/** Highlight colours; each has a user-nameable meaning (see DEFAULT_COLOR_MEANINGS). */
export const HighlightColorSchema = z.enum(['yellow', 'green', 'blue', 'pink', 'purple'])
export type HighlightColor = z.infer<typeof HighlightColorSchema>
export const HIGHLIGHT_COLORS = HighlightColorSchema.options

/** What each colour means until the user renames it. */
export const DEFAULT_COLOR_MEANINGS: Record<HighlightColor, string> = {
  yellow: 'Key point',
  green: 'Evidence',
  blue: 'Definition',
  pink: 'Question',
  purple: 'Follow up'
}

/** Where a highlight sits: a position in the article's plain text plus its quote in context. */
export const TextAnchorSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string()
})
export type TextAnchor = z.infer<typeof TextAnchorSchema>

/** How many characters of context a highlight keeps on each side of its quote. */
export const ANCHOR_CONTEXT_LENGTH = 32

/** A Tiptap document as stored (opaque JSON) with a plain-text copy for search and export. */
export const NoteSchema = z.object({
  doc: z.record(z.string(), z.unknown()).nullable(),
  text: z.string()
})
export type Note = z.infer<typeof NoteSchema>

export const HighlightSchema = TextAnchorSchema.extend({
  id: z.string(),
  articleId: z.string(),
  color: HighlightColorSchema,
  note: NoteSchema,
  tags: z.array(z.string()),
  /** True when re-anchoring could not place it; the quote is kept for the user to re-attach. */
  orphaned: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number()
})
export type Highlight = z.infer<typeof HighlightSchema>
