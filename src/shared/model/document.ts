// What the import pipeline produces from one file: the public shape of `npm run parse`
// and of the import IPC channel. Pure data, validated with zod at every boundary.
import { z } from 'zod'
import { CodeSpanSchema } from './code-spans'
import { InlineImageSchema } from './images'
import { LinkSchema } from './links'

/**
 * The structural role of one block of article text. A 'code' block is preformatted text (code,
 * a terminal session, verse set with spaces): its line breaks and spacing are the author's. An
 * 'image' block is a picture the file itself held; its text is empty, so it adds no words to the
 * article's plain text, only one more block separator (highlights are anchored by their quotes).
 */
export const BlockKindSchema = z.enum(['heading', 'paragraph', 'caption', 'quote', 'list-item', 'summary', 'code', 'image'])
export type BlockKind = z.infer<typeof BlockKindSchema>

/** One block of clean article text, the links and inline code in it (each absent when it has none), and an image block's picture. */
export const BlockSchema = z.object({
  kind: BlockKindSchema,
  text: z.string(),
  links: z.array(LinkSchema).optional(),
  codeSpans: z.array(CodeSpanSchema).optional(),
  image: InlineImageSchema.optional()
})
export type Block = z.infer<typeof BlockSchema>

/** Something cleaning dropped from the body, kept so nothing is lost. */
export const RemovalSchema = z.object({
  kind: z.string(),
  text: z.string()
})
export type Removal = z.infer<typeof RemovalSchema>

/** Something cleaning changed in place (a split glued word, a repaired mojibake sequence). */
export const RepairSchema = z.object({
  kind: z.string(),
  before: z.string(),
  after: z.string()
})
export type Repair = z.infer<typeof RepairSchema>

export const SourceFormatSchema = z.enum(['txt', 'md', 'html', 'pdf', 'epub', 'docx'])
export type SourceFormat = z.infer<typeof SourceFormatSchema>

/** The cleaned article and its metadata, before it is stored. */
export const ParsedArticleSchema = z.object({
  title: z.string(),
  byline: z.string().nullable(),
  /** ISO 8601 date or date-time; null when unknown. */
  publishedAt: z.string().nullable(),
  /** A date seen without a year, kept as written (e.g. "April 14") rather than invented. */
  publishedPartial: z.string().nullable(),
  source: z.string().nullable(),
  /** The article's own web address (a page's canonical address, a note's front matter), when the file says. */
  url: z.string().nullable(),
  language: z.string().nullable(),
  blocks: z.array(BlockSchema),
  /** Words in the clean text, counted where the article is parsed (off the UI thread). */
  wordCount: z.number().int().nonnegative(),
  removed: z.array(RemovalSchema),
  repairs: z.array(RepairSchema),
  warnings: z.array(z.string()),
  format: SourceFormatSchema,
  /** The decoded original text, so the user can always get back what the file said. */
  originalText: z.string()
})
export type ParsedArticle = z.infer<typeof ParsedArticleSchema>

/** One entry of a parse run: an article, or a human sentence saying why not. */
export const ParsedDocumentSchema = z.discriminatedUnion('status', [
  ParsedArticleSchema.extend({
    status: z.literal('ok'),
    path: z.string(),
    duplicateOf: z.string().nullable()
  }),
  z.object({
    status: z.literal('error'),
    path: z.string(),
    error: z.string()
  })
])
export type ParsedDocument = z.infer<typeof ParsedDocumentSchema>
