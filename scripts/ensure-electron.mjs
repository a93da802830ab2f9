// postinstall: try to fetch Electron's binary, but never fail the install without it.
// package.json's allowScripts declines electron's own postinstall (which exits non-zero offline);
// this runs the same download and, if the host is unreachable, says so in one line.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const installer = 'node_modules/electron/install.js'
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('gloss: ELECTRON_SKIP_BINARY_DOWNLOAD is set; Electron binary not fetched (npm start uses the browser mode).')
} else if (existsSync(installer)) {
  const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 180_000 })
  if (result.status === 0) console.log('gloss: Electron binary ready.')
  else
    console.log(
      'gloss: could not download the Electron binary (no network to its host?); `npm start` will run the browser mode. Retry later with: node node_modules/electron/install.js'
    )
}
