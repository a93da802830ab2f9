// The running import belongs to the app, not to the library screen: opening an article while
// files import must not lose the progress, the duplicates to decide on, or the report.
import { createContext, useContext } from 'react'
import type { Importer } from './use-import'

export const ImportContext = createContext<Importer | null>(null)

/** The app's import; only inside the ImportProvider. */
export function useImporter(): Importer {
  const importer = useContext(ImportContext)
  if (!importer) throw new Error('useImporter outside ImportProvider')
  return importer
}
