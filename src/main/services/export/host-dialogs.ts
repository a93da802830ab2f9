// What the desktop host's native dialogs offer the export and backup services; the browser
// mode has none and downloads instead. Kept as an interface so services are testable without Electron.

/** The user's answer when export targets already exist. */
export type ReplaceChoice = 'replace' | 'keep-both' | 'cancel'

/** Native dialogs, implemented in src/main/dialogs.ts. */
export interface HostDialogs {
  /** A path to save one file at (the dialog itself confirms replacing); null if cancelled. */
  chooseSaveFile(title: string, defaultName: string, extensions: string[]): Promise<string | null>
  /** A folder to export into; null if cancelled. */
  chooseFolder(title: string): Promise<string | null>
  /** Asks what to do about `count` existing files (of which `examples`). */
  askReplace(count: number, examples: string[]): Promise<ReplaceChoice>
  /** A file to open; null if cancelled. */
  chooseOpenFile(title: string, extensions: string[]): Promise<string | null>
}
