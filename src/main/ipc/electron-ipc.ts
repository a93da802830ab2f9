// Binds the gateway to Electron's ipcMain, accepting calls only from the app's own windows
// (as Electron Fiddle does: a compromised or foreign frame gets a typed refusal).
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { CHANNELS } from '../../shared/ipc/channels'
import type { Handlers } from '../../shared/ipc/contract'
import { failure } from '../../shared/ipc/result'
import { invokeChannel } from './gateway'

/** Registers one ipcMain handler per contract channel behind the sender check. */
export function registerIpcGateway(handlers: Handlers, isTrustedSender: (sender: WebContents, frameUrl: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frameUrl = event.senderFrame?.url ?? ''
      if (!isTrustedSender(event.sender, frameUrl)) return failure('forbidden', 'Calls are accepted only from Gloss windows')
      return invokeChannel(handlers, channel, payload)
    })
  }
}
