// Backup channels carry the whole library; it is validated at the boundary like any payload.
import { z } from 'zod'
import { BackupDataSchema } from '../backup/backup-schema'
import { DownloadFileSchema } from './export-schemas'

/** A backup as read from a file: clean data plus sentences about records that were repaired. */
export const OpenedBackupSchema = z.object({ fileName: z.string(), data: BackupDataSchema, warnings: z.array(z.string()) })
export type OpenedBackup = z.infer<typeof OpenedBackupSchema>

export const BackupSaveRequestSchema = z.object({ data: BackupDataSchema })

/** Where the backup went: a path (desktop) or a download (browser). */
export const BackupSaveResponseSchema = z.object({ cancelled: z.boolean(), savedTo: z.string().nullable(), download: DownloadFileSchema.nullable() })

/** The desktop's open dialog; null when the user cancelled. */
export const BackupOpenResponseSchema = z.object({ backup: OpenedBackupSchema.nullable() })

/** A backup file the browser's file picker read. */
export const BackupReadRequestSchema = z.object({ fileName: z.string().max(4096), text: z.string() })
