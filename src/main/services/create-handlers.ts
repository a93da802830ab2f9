// Builds the handler for every contract channel from the services, given what the host
// (Electron or the browser-mode server) can do: only Electron has native dialogs.
import type { Handlers } from '../../shared/ipc/contract'
import { exportArticles } from '../../shared/export'
import { importPaths, importUploads } from './import/import-files'
import type { ParsePool } from './import/parse-pool'
import { createExportHandlers } from './export/export-handlers'
import type { HostDialogs } from './export/host-dialogs'
import { createBackupHandlers } from './backup/backup-handlers'
import { createImportHandlers } from './import/import-handlers'

/** What differs between the desktop app and the browser mode. */
export interface Host {
  mode: 'electron' | 'browser'
  version: string
  pool: ParsePool
  /** Shows the native open dialog; absent in the browser mode, which uses a file picker instead. */
  chooseImportPaths?: (folders: boolean) => Promise<string[]>
  /** Shows the native save dialog and writes; absent in the browser mode, which downloads. */
  saveFiles?: (files: { fileName: string; content: string }[]) => Promise<{ written: string[]; cancelled: boolean }>
  /** Native save/open/folder dialogs for export and backup; absent in the browser mode, which downloads. */
  dialogs?: HostDialogs
}

/** The handler map the gateway serves. */
export function createHandlers(host: Host): Handlers {
  return {
    'app:info': async () => ({ mode: host.mode, version: host.version }),
    'import:parse-files': async ({ files }) => {
      const uploads = files.map((file) => ({ name: file.name, bytes: Buffer.from(file.contentBase64, 'base64') }))
      return { documents: await importUploads(uploads, host.pool) }
    },
    'import:choose-and-parse': async ({ folders }) => {
      if (!host.chooseImportPaths) throw new Error('The open dialog exists only in the desktop app; use the file picker')
      const paths = await host.chooseImportPaths(folders)
      return { documents: paths.length === 0 ? [] : await importPaths(paths, host.pool) }
    },
    'export:render': async ({ format, mode, options, articles }) => ({ files: exportArticles(format, articles, options, mode) }),
    'export:save': async ({ files }) => {
      if (!host.saveFiles) throw new Error('Saving through a dialog exists only in the desktop app; the browser downloads instead')
      return host.saveFiles(files)
    },
    ...createImportHandlers(host.pool, host.chooseImportPaths),
    ...createExportHandlers(host.dialogs),
    ...createBackupHandlers(host.dialogs)
  }
}
