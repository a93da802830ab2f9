// The app's one window, hardened from day one: isolated, sandboxed, no Node, no navigation,
// no popups (an article's links go to the system browser), no permissions, and a strict
// Content-Security-Policy on everything it loads.
import { BrowserWindow, session, shell, type WebContents } from 'electron'
import { openLinkOutside } from './external-links'
import { join } from 'node:path'

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

const appWindows = new Set<number>()

/** Whether an IPC sender is one of our windows showing our own page. */
export function isAppSender(sender: WebContents, frameUrl: string): boolean {
  return appWindows.has(sender.id) && isAppUrl(frameUrl)
}

function isAppUrl(url: string): boolean {
  const devServer = process.env.ELECTRON_RENDERER_URL
  if (devServer && url.startsWith(devServer)) return true
  return url.startsWith('file://') && url.includes('/renderer/index.html')
}

/** Applies session-wide defences once: CSP headers and denied permission requests. */
export function hardenSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

/** Creates the main window. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'Gloss',
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows past will-navigate.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  appWindows.add(window.webContents.id)
  const contentsId = window.webContents.id
  window.on('closed', () => appWindows.delete(contentsId))
  window.once('ready-to-show', () => window.show())
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  // No page ever opens a window: an article's link goes to the user's browser instead.
  window.webContents.setWindowOpenHandler(({ url }) => openLinkOutside(url, (href) => shell.openExternal(href)))
  if (process.env.ELECTRON_RENDERER_URL) void window.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void window.loadFile(join(__dirname, '../renderer/index.html'))
  return window
}
