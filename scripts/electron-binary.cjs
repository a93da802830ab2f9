// Whether Electron's binary is installed and can start here, shared by `npm start` and the e2e config.
const { existsSync, readFileSync } = require('node:fs')
const { join, dirname } = require('node:path')

/** The Electron executable's path, or null when the binary was never downloaded. */
function electronBinaryPath() {
  try {
    const packageDir = dirname(require.resolve('electron/package.json'))
    const pathFile = join(packageDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(executable) ? executable : null
  } catch {
    return null
  }
}

/** Whether a display is available for a window (Linux needs X11 or Wayland). */
function hasDisplay() {
  return process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
}

module.exports = { electronBinaryPath, hasDisplay }
