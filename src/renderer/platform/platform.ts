// What the renderer needs from its host, whichever host it is. Only platform/ talks to the
// preload bridge or the loopback server; everything else calls this interface.
import type { Channel } from '../../shared/ipc/channels'
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract'

export interface Platform {
  mode: 'electron' | 'browser'
  /** Calls a contract channel; rejects with IpcCallError when the host answers with a failure. */
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>
  /** Whether the host shows native open/save dialogs (else: file picker and downloads). */
  hasNativeDialogs: boolean
  /** Whether the host's open dialog chooses files to import (the desktop app; a browser-mode server with a scripted dialog). */
  hasImportDialog: boolean
}
