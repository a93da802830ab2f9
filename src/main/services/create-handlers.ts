// Builds the handler for every contract channel from the services, given what the host
// (Electron or the browser-mode server) can do: only Electron has native dialogs.
import type { Handlers } from '../../shared/ipc/contract'
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
  /** Native save/open/folder dialogs for export and backup; absent in the browser mode, which downloads. */
  dialogs?: HostDialogs
}

/** The handler map the gateway serves. */
export function createHandlers(host: Host): Handlers {
  return {
    'app:info': async () => ({ mode: host.mode, version: host.version }),
    ...createImportHandlers(host.pool, host.chooseImportPaths),
    ...createExportHandlers(host.dialogs),
    ...createBackupHandlers(host.dialogs)
  }
}
