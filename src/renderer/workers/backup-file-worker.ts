// The browser mode's backup files, written and read off the UI thread: a 10,000-article library
// is ~140 MB of JSON, which takes seconds to serialise or parse. The worker reads the library
// itself (it writes nothing), and lives for one request, so the memory it took is given back.
import { readLibrary } from '../db/backup-repository'
import { backupFileName, backupFileParts, openBackupText, refuseOversizedBackup } from '../../shared/backup'
import { documentSignature } from '../../shared/duplicates'
import type { BackupFileRequest, BackupFileResponse } from './backup-file-protocol'

self.addEventListener('message', (event: MessageEvent<BackupFileRequest>) => {
  const request = event.data
  const work = request.type === 'write' ? writeBackup(new Date(request.createdAt)) : readBackup(request.file)
  work.catch((error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }))
})

function reply(message: BackupFileResponse): void {
  self.postMessage(message)
}

async function writeBackup(createdAt: Date): Promise<void> {
  const data = await readLibrary()
  // Each piece becomes a Blob at once, so no string of the whole file is ever held.
  const pieces = Array.from(backupFileParts(data, createdAt), (part) => new Blob([part]))
  const file = new Blob(pieces, { type: 'application/json' })
  reply({ type: 'written', file, fileName: backupFileName(createdAt), articles: data.articles.length, highlights: data.highlights.length })
}

async function readBackup(file: File): Promise<void> {
  const name = file.name || 'The backup file'
  refuseOversizedBackup(name, file.size)
  const text = await file.text().catch(() => {
    throw new Error(`${name}: the file could not be read; it may have been moved, or be too large for the browser to open`)
  })
  const backup = openBackupText(name, text)
  reply({ type: 'read', backup })
  // Restored articles need duplicate signatures, seconds of work for a large library: done here
  // while the app already writes the backup's records, so the UI thread does not have to.
  const signatures = new Map(backup.data.bodies.map((body) => [body.articleId, documentSignature(body.blocks)]))
  reply({ type: 'signed', signatures })
}
