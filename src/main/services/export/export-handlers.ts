// The export channels: preview, a batched job (begin → append… → finish), and where the files
// go — native dialogs on the desktop, one download (a .zip for folders) in the browser mode.
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { previewExport, type ExportFile } from '../../../shared/export'
import type { Handlers } from '../../../shared/ipc/contract'
import type { DownloadFile } from '../../../shared/ipc/export-schemas'
import { createExportJob, type ExportJob } from './export-job'
import type { HostDialogs } from './host-dialogs'
import { findExistingNames, writeFilesToFolder } from './write-files'
import { zipFiles } from './zip-files'

type ExportChannels = 'export:preview' | 'export:begin' | 'export:append' | 'export:finish' | 'export:cancel'

// An abandoned job (a closed window mid-export) must not hold memory forever.
const MAX_OPEN_JOBS = 4

/** Handlers for the export channels; `dialogs` is absent in the browser mode. */
export function createExportHandlers(dialogs: HostDialogs | undefined): Pick<Handlers, ExportChannels> {
  const jobs = new Map<string, { job: ExportJob; exportedAt: Date }>()
  const jobFor = (jobId: string) => {
    const entry = jobs.get(jobId)
    if (!entry) throw new Error('This export is no longer running; start it again')
    return entry
  }
  return {
    'export:preview': async ({ format, mode, options, articles }) => {
      const text = previewExport(format, articles, options, mode)
      const job = createExportJob(format, mode, options)
      job.append(articles.slice(0, 1))
      return { fileName: job.files()[0]?.fileName ?? '', text }
    },
    'export:begin': async ({ format, mode, options }) => {
      const jobId = randomUUID()
      jobs.set(jobId, { job: createExportJob(format, mode, options), exportedAt: options.exportedAt })
      for (const id of jobs.keys()) if (jobs.size > MAX_OPEN_JOBS) jobs.delete(id)
      return { jobId }
    },
    'export:append': async ({ jobId, articles }) => {
      const { job } = jobFor(jobId)
      job.append(articles)
      return { articleCount: job.counts().articleCount }
    },
    'export:finish': async ({ jobId }) => {
      const { job, exportedAt } = jobFor(jobId)
      jobs.delete(jobId)
      const files = job.files()
      const counts = { ...job.counts(), fileCount: files.length }
      if (files.length === 0) return { cancelled: false, written: [], download: null, ...counts }
      if (!dialogs) return { cancelled: false, written: [], download: downloadOf(files, exportedAt), ...counts }
      const written = await saveWithDialogs(dialogs, files)
      return { cancelled: written === null, written: written ?? [], download: null, ...counts }
    },
    'export:cancel': async ({ jobId }) => {
      jobs.delete(jobId)
      return {}
    }
  }
}

/** One file downloads as itself; several as one zip, since a browser cannot write a folder. */
export function downloadOf(files: readonly ExportFile[], exportedAt: Date): DownloadFile {
  if (files.length === 1) return { ...files[0]!, encoding: 'utf8' }
  return {
    fileName: `Gloss export ${exportedAt.toISOString().slice(0, 10)}.zip`,
    mimeType: 'application/zip',
    encoding: 'base64',
    content: Buffer.from(zipFiles(files)).toString('base64')
  }
}

/** Asks where to save and writes; asks again before replacing anything. Null when cancelled. */
async function saveWithDialogs(dialogs: HostDialogs, files: readonly ExportFile[]): Promise<string[] | null> {
  if (files.length === 1) {
    const file = files[0]!
    const path = await dialogs.chooseSaveFile('Export', file.fileName, [file.fileName.slice(file.fileName.lastIndexOf('.') + 1)])
    if (path === null) return null
    // The save dialog has already asked before replacing an existing file.
    await writeFile(path, file.content, 'utf8')
    return [path]
  }
  const folder = await dialogs.chooseFolder('Export to folder')
  if (folder === null) return null
  const existing = await findExistingNames(
    folder,
    files.map((file) => file.fileName)
  )
  let policy: 'refuse' | 'replace' | 'keep-both' = 'refuse'
  if (existing.length > 0) {
    const choice = await dialogs.askReplace(existing.length, existing.slice(0, 3))
    if (choice === 'cancel') return null
    policy = choice
  }
  return writeFilesToFolder(folder, files, policy)
}
