// Any screen or command can open the export dialog; the provider at the app's root owns it.
import { createContext } from 'react'
import type { ExportScope } from '../../db/export-repository'

export type { ExportScope } from '../../db/export-repository'

/** What the export provider offers the rest of the app. */
export interface ExportActions {
  /** Opens the export dialog on a scope; without one, the article being read or else the whole library. */
  openExportDialog(scope?: ExportScope): void
}

export const ExportContext = createContext<ExportActions>({ openExportDialog: () => {} })
