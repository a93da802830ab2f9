// The backup file format: the whole library as one JSON document. These schemas describe a
// backup after normalisation; raw files are read leniently by `restoreBackup` first.
import { z } from 'zod'
import { NoteSchema, HighlightSchema } from '../model/annotation'
import { ArticleBodySchema, ArticleMetaSchema } from '../model/article'

/** The `format` marker that identifies a Gloss backup. */
export const BACKUP_FORMAT = 'gloss-backup'
/** The newest backup format version this code reads and writes. */
export const BACKUP_VERSION = 1
/** Settings key holding the user's colour meanings (a Record<HighlightColor, string>). */
export const COLOR_MEANINGS_SETTING_KEY = 'colorMeanings'

/** The note a user wrote about a whole article. */
export const ArticleNoteRecordSchema = z.object({ articleId: z.string(), note: NoteSchema, updatedAt: z.number() })
export type ArticleNoteRecord = z.infer<typeof ArticleNoteRecordSchema>

/** A tag known to the library, with an optional display colour and when it was first used. */
export const TagRecordSchema = z.object({ name: z.string().min(1), color: z.string().optional(), createdAt: z.number().optional() })
export type TagRecord = z.infer<typeof TagRecordSchema>

/** One setting (colour meanings, reader preferences…) as a JSON value under a key. */
export const SettingRecordSchema = z.object({ key: z.string().min(1), value: z.unknown() })
export type SettingRecord = z.infer<typeof SettingRecordSchema>

/** Everything a backup holds; reading progress lives in each article's meta. */
export const BackupDataSchema = z.object({
  articles: z.array(ArticleMetaSchema),
  bodies: z.array(ArticleBodySchema),
  highlights: z.array(HighlightSchema),
  articleNotes: z.array(ArticleNoteRecordSchema),
  tags: z.array(TagRecordSchema),
  settings: z.array(SettingRecordSchema)
})
export type BackupData = z.infer<typeof BackupDataSchema>

/** The lists a backup holds, in the order a backup file writes them. */
export const BACKUP_LISTS = ['articles', 'bodies', 'highlights', 'articleNotes', 'tags', 'settings'] as const satisfies readonly (keyof BackupData)[]

/** The file as written: a format marker and version around the data. */
export const BackupFileSchema = BackupDataSchema.extend({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string()
})
export type BackupFile = z.infer<typeof BackupFileSchema>

/** An empty library, the starting point for building or merging backups. */
export function emptyBackupData(): BackupData {
  return { articles: [], bodies: [], highlights: [], articleNotes: [], tags: [], settings: [] }
}
