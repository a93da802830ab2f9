// Native dialogs, the only part of import and export that is Electron's own.
import { BrowserWindow, dialog } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SUPPORTED_EXTENSIONS } from './services/import/formats'

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

/** Asks where to save and writes the files: one file through a save dialog, several into a chosen folder. */
export async function saveFiles(files: { fileName: string; content: string }[]): Promise<{ written: string[]; cancelled: boolean }> {
  const window = BrowserWindow.getFocusedWindow()
  if (files.length === 1) {
    const file = files[0]!
    const options = { title: 'Export', defaultPath: file.fileName }
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return { written: [], cancelled: true }
    await writeFile(result.filePath, file.content, 'utf8')
    return { written: [result.filePath], cancelled: false }
  }
  const options: Electron.OpenDialogOptions = { title: 'Export to folder', properties: ['openDirectory', 'createDirectory'] }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  const folder = result.filePaths[0]
  if (result.canceled || !folder) return { written: [], cancelled: true }
  const written: string[] = []
  for (const file of files) {
    const target = join(folder, file.fileName)
    // 'wx' refuses to overwrite an existing file; the names are unique within one export.
    await writeFile(target, file.content, { encoding: 'utf8', flag: 'wx' })
    written.push(target)
  }
  return { written, cancelled: false }
}
