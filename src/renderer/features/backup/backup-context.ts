// The library menu and the command palette reach backup, restore and annotation import here.
import { createContext } from 'react'

/** What the backup provider offers the rest of the app. */
export interface BackupActions {
  backUp(): void
  restore(): void
  importAnnotations(): void
}

export const BackupContext = createContext<BackupActions>({ backUp: () => {}, restore: () => {}, importAnnotations: () => {} })
