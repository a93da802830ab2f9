// Backup channels carry the whole library; it is validated at the boundary like any payload.
import { z } from 'zod'
import { BackupDataSchema } from '../backup/backup-schema'

/** A backup as read from a file: clean data plus sentences about records that were repaired. */
export const OpenedBackupSchema = z.object({ fileName: z.string(), data: BackupDataSchema, warnings: z.array(z.string()) })
export type OpenedBackup = z.infer<typeof OpenedBackupSchema>

export const BackupSaveRequestSchema = z.object({ data: BackupDataSchema })

/** Where the desktop's save dialog put the backup; null when the user cancelled. (The browser mode writes its backups itself, as downloads.) */
export const BackupSaveResponseSchema = z.object({ savedTo: z.string().nullable() })

/** The desktop's open dialog; null when the user cancelled. (The browser mode reads picked files itself.) */
export const BackupOpenResponseSchema = z.object({ backup: OpenedBackupSchema.nullable() })
