// Picks the host once at start-up.
import { createElectronPlatform } from './electron-platform'
import { createHttpPlatform, takeLaunchParameters } from './http-platform'
import type { Platform } from './platform'

export type { Platform } from './platform'
export { downloadFiles, downloadBlob } from './download'
export { filesFromDrop } from './read-files'

/** The platform of this renderer. */
export const platform: Platform = window.gloss ? createElectronPlatform(window.gloss) : createHttpPlatform(takeLaunchParameters())
