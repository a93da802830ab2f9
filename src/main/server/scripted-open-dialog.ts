// The browser mode has no native open dialog. Started with --scripted-open-dialog=<file>, the
// server answers the import dialog with the paths listed in that file (one per line), as a
// user's choice in the desktop app's dialog would be. Benchmarks and tests use it to drive the
// desktop import path in Chromium: files listed and read from disk by the main-process services
// rather than uploaded by the page. The list is read at each import, so a test can change it.
import { readFile } from 'node:fs/promises'

export const SCRIPTED_OPEN_DIALOG_FLAG = '--scripted-open-dialog='

/** The dialog answer: the listed paths (blank lines skipped), whether files or folders were asked for. */
export function scriptedOpenDialog(listFile: string): (folders: boolean) => Promise<string[]> {
  return async () =>
    (await readFile(listFile, 'utf8'))
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
}
