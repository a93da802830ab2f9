// The desktop's backup channels: the whole library leaves through the native save dialog and
// comes back through the open dialog, written and parsed here in the one backup format. The
// browser mode has no dialogs to offer; it writes and reads backup files in the renderer.
import { rename, rm, writeFile } from 'node:fs/promises'
import { backupFileName, backupFileParts } from '../../../shared/backup'
import type { Handlers } from '../../../shared/ipc/contract'
import type { HostDialogs } from '../export/host-dialogs'
import { openBackupFile } from './read-backup-file'

type BackupChannels = 'backup:save' | 'backup:open'

/** Handlers for the backup channels; `dialogs` is absent in the browser mode, where both refuse. */
export function createBackupHandlers(dialogs: HostDialogs | undefined, now: () => Date = () => new Date()): Pick<Handlers, BackupChannels> {
  return {
    'backup:save': async ({ data }) => {
      if (!dialogs) throw new Error('The save dialog exists only in the desktop app; the browser mode downloads backups')
      const createdAt = now()
      const path = await dialogs.chooseSaveFile('Back up library', backupFileName(createdAt), ['json'])
      if (path === null) return { savedTo: null }
      // Written piece by piece (a library with pictures may pass the longest string there can be),
      // to a file beside the target that replaces it only once complete: a failed backup never
      // destroys the one it would have replaced.
      const partial = `${path}.partial`
      try {
        await writeFile(partial, backupFileParts(data, createdAt), 'utf8')
        await rename(partial, path)
      } catch (error) {
        await rm(partial, { force: true })
        throw error
      }
      return { savedTo: path }
    },
    'backup:open': async () => {
      if (!dialogs) throw new Error('The open dialog exists only in the desktop app; use the file picker')
      const path = await dialogs.chooseOpenFile('Restore from backup', ['json'])
      return { backup: path === null ? null : await openBackupFile(path) }
    }
  }
}
