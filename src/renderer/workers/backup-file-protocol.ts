// Messages between the app and a backup-file worker: one request, its answers, then the worker ends.
import type { OpenedBackup } from '../../shared/ipc/backup-schemas'

/** Write the library as a backup file made at `createdAt` (ms), or read a picked file. */
export type BackupFileRequest = { type: 'write'; createdAt: number } | { type: 'read'; file: File }

/**
 * The written file with what it holds; or the opened backup, followed by its bodies' duplicate
 * signatures (by article id) once worked out; or the sentence saying what went wrong.
 */
export type BackupFileResponse =
  | { type: 'written'; file: Blob; fileName: string; articles: number; highlights: number }
  | { type: 'read'; backup: OpenedBackup }
  | { type: 'signed'; signatures: Map<string, Uint32Array> }
  | { type: 'error'; message: string }
