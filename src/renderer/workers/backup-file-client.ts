// The app's side of the backup-file worker (browser mode): the library written to a Blob, and a
// picked file read and checked, each in a worker of its own that ends after its last answer.
import type { OpenedBackup } from '../../shared/ipc/backup-schemas'
import type { BackupFileRequest, BackupFileResponse } from './backup-file-protocol'

/** A backup file built in memory, ready to download, and how much it holds. */
export interface WrittenBackup {
  file: Blob
  fileName: string
  articles: number
  highlights: number
}

/** A picked backup, opened; its bodies' duplicate signatures (by article id) follow while the restore begins. */
export interface ReadBackup {
  backup: OpenedBackup
  signatures: Promise<ReadonlyMap<string, Uint32Array>>
}

/** Writes the whole library as a backup file made at `createdAt`. */
export async function writeBackupFile(createdAt: Date): Promise<WrittenBackup> {
  const worker = startWorker({ type: 'write', createdAt: createdAt.getTime() })
  try {
    const { file, fileName, articles, highlights } = await answer(worker, 'written')
    return { file, fileName, articles, highlights }
  } finally {
    worker.terminate()
  }
}

/** Reads and parses a picked backup file; rejects with the sentence saying why it cannot be restored. */
export async function readBackupFile(file: File): Promise<ReadBackup> {
  const worker = startWorker({ type: 'read', file })
  const signed = answer(worker, 'signed')
  void signed.catch(() => undefined).finally(() => worker.terminate())
  const { backup } = await answer(worker, 'read')
  return { backup, signatures: signed.then((answer) => answer.signatures) }
}

function startWorker(request: BackupFileRequest): Worker {
  const worker = new Worker(new URL('./backup-file-worker.ts', import.meta.url), { type: 'module', name: 'backup-file' })
  worker.postMessage(request)
  return worker
}

/** The worker's answer of the given type; rejects with the worker's sentence if it fails first. */
function answer<T extends BackupFileResponse['type']>(worker: Worker, type: T): Promise<Extract<BackupFileResponse, { type: T }>> {
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<BackupFileResponse>) => {
      if (event.data.type === type) resolve(event.data as Extract<BackupFileResponse, { type: T }>)
      else if (event.data.type === 'error') reject(new Error(event.data.message))
    })
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'The backup worker stopped unexpectedly')))
    worker.addEventListener('messageerror', () => reject(new Error('The backup worker’s answer could not be read')))
  })
}
