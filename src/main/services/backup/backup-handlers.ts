// The backup channels: the whole library leaves and enters through the main process, which
// writes and parses the one backup format (native dialogs on the desktop, download/picker in the browser).
import { writeFile } from 'node:fs/promises'
import { serializeBackup } from '../../../shared/backup'
import type { Handlers } from '../../../shared/ipc/contract'
import type { HostDialogs } from '../export/host-dialogs'
import { openBackupFile, openBackupText } from './read-backup-file'

type BackupChannels = 'backup:save' | 'backup:open' | 'backup:read'

/** The default name of a backup made at `date`. */
export function backupFileName(date: Date): string {
  return `Gloss backup ${date.toISOString().slice(0, 10)}.gloss.json`
}

/** Handlers for the backup channels; `dialogs` is absent in the browser mode. */
export function createBackupHandlers(dialogs: HostDialogs | undefined, now: () => Date = () => new Date()): Pick<Handlers, BackupChannels> {
  return {
    'backup:save': async ({ data }) => {
      const createdAt = now()
      const fileName = backupFileName(createdAt)
      const content = serializeBackup(data, createdAt)
      if (!dialogs) return { cancelled: false, savedTo: null, download: { fileName, mimeType: 'application/json', encoding: 'utf8', content } }
      const path = await dialogs.chooseSaveFile('Back up library', fileName, ['json'])
      if (path === null) return { cancelled: true, savedTo: null, download: null }
      await writeFile(path, content, 'utf8')
      return { cancelled: false, savedTo: path, download: null }
    },
    'backup:open': async () => {
      if (!dialogs) throw new Error('The open dialog exists only in the desktop app; use the file picker')
      const path = await dialogs.chooseOpenFile('Restore from backup', ['json'])
      return { backup: path === null ? null : await openBackupFile(path) }
    },
    'backup:read': async ({ fileName, text }) => openBackupText(fileName || 'The backup file', text)
  }
}
