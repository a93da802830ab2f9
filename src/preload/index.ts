// Builds the renderer's API from the channel list: one method per channel, nothing more.
// ipcRenderer itself and any generic invoke(channel) never reach the page.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '../shared/ipc/channels'
import type { GlossBridge } from './api'

const bridge = Object.fromEntries(CHANNELS.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)])) as GlossBridge

contextBridge.exposeInMainWorld('gloss', bridge)
