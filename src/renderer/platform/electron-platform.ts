// The desktop host: calls go through the preload bridge built from the contract.
import type { GlossBridge } from '../../preload/api'
import { readBlobs } from '../../shared/ipc/binary-parts'
import { IpcCallError, type Result } from '../../shared/ipc/result'
import type { Platform } from './platform'

/** A Platform over `window.gloss`. */
export function createElectronPlatform(bridge: GlossBridge): Platform {
  return {
    mode: 'electron',
    hasNativeDialogs: true,
    hasImportDialog: true,
    async call(channel, request) {
      const invoke = bridge[channel] as (request: unknown) => Promise<Result<never>>
      // Electron's IPC clones Uint8Array but not Blob: picked Files are read here.
      return unwrap(await invoke(await readBlobs(request)))
    }
  }
}

/** Turns a Result into its value or an IpcCallError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw new IpcCallError(result.error.code, result.error.message)
}
