// Where a backup goes. On the desktop, main writes it where the native save dialog says. The
// browser mode has no dialog to offer, so the file is built here (in a worker) and downloaded:
// sending ~140 MB to the loopback server only to get it back as a download gains nothing.
import { readLibrary } from '../../db/backup-repository'
import { downloadBlob, platform } from '../../platform'
import { writeBackupFile } from '../../workers/backup-file-client'

/** Where a backup was saved and how much it holds. */
export interface SavedBackup {
  where: string
  articles: number
  highlights: number
}

/** Backs up the whole library; null when the user cancelled the save dialog. */
export async function saveBackup(): Promise<SavedBackup | null> {
  if (platform.hasNativeDialogs) {
    const data = await readLibrary()
    const { savedTo } = await platform.call('backup:save', { data })
    return savedTo === null ? null : { where: savedTo, articles: data.articles.length, highlights: data.highlights.length }
  }
  const written = await writeBackupFile(new Date())
  downloadBlob(written.fileName, written.file)
  return { where: `“${written.fileName}” (downloaded)`, articles: written.articles, highlights: written.highlights }
}
