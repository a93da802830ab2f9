// Native dialogs, the only part of import, export and backup that is Electron's own; each
// only asks, and the services do the reading and writing.
import { BrowserWindow, dialog } from 'electron'
import { SUPPORTED_EXTENSIONS } from './services/import/formats'
import type { HostDialogs } from './services/export/host-dialogs'

/** Asks for files (or folders) to import. */
export async function chooseImportPaths(folders: boolean): Promise<string[]> {
  const window = BrowserWindow.getFocusedWindow()
  const options: Electron.OpenDialogOptions = {
    title: folders ? 'Import folders' : 'Import files',
    properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: folders ? [] : [{ name: 'Articles', extensions: SUPPORTED_EXTENSIONS.map((extension) => extension.replace(/^\./, '')) }]
  }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? [] : result.filePaths
}

function focused(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow()
}

/** The native dialogs export and backup use (see services/export/host-dialogs.ts). */
export const nativeDialogs: HostDialogs = {
  async chooseSaveFile(title, defaultName, extensions) {
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: defaultName,
      filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
      // macOS and Windows always confirm replacing; on Linux it must be asked for.
      properties: ['showOverwriteConfirmation', 'createDirectory']
    }
    const window = focused()
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  },
  async chooseFolder(title) {
    const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] }
    const window = focused()
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  async askReplace(count, examples) {
    const options: Electron.MessageBoxOptions = {
      type: 'question',
      title: 'Files already exist',
      message: count === 1 ? `“${examples[0]}” already exists in this folder.` : `${count} of these files already exist in this folder.`,
      detail: count === 1 ? 'Replace it, or keep both by saving the new file under a numbered name?' : `For example: ${examples.join(', ')}.`,
      buttons: ['Replace', 'Keep both', 'Cancel'],
      defaultId: 1,
      cancelId: 2,
      noLink: true
    }
    const window = focused()
    const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
    return response === 0 ? 'replace' : response === 1 ? 'keep-both' : 'cancel'
  },
  async chooseOpenFile(title, extensions) {
    const options: Electron.OpenDialogOptions = { title, properties: ['openFile'], filters: [{ name: extensions.join(', ').toUpperCase(), extensions }] }
    const window = focused()
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
}
