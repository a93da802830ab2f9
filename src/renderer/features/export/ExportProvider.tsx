// Mounts the export dialog once for the whole app and publishes "Export annotations…" to the
// command registry, so the reader, the library and the palette all open the same dialog.
import { useCallback, useMemo, useState, type ReactElement, type ReactNode } from 'react'
import { useCommandTarget } from '../../commands/use-command-target'
import { ExportContext, type ExportScope } from './export-context'
import { ExportDialog } from './ExportDialog'

/** Provides `openExportDialog`; `currentArticleId` is the article on screen, the default scope. */
export function ExportProvider({ currentArticleId, children }: { currentArticleId: string | null; children: ReactNode }): ReactElement {
  const [scope, setScope] = useState<ExportScope | null>(null)
  const openExportDialog = useCallback(
    (chosen?: ExportScope) => setScope(chosen ?? (currentArticleId ? { kind: 'article', id: currentArticleId } : { kind: 'library' })),
    [currentArticleId]
  )
  const actions = useMemo(() => ({ openExportDialog }), [openExportDialog])
  useCommandTarget('exporter', actions)
  return (
    <ExportContext.Provider value={actions}>
      {children}
      {scope && <ExportDialog initialScope={scope} onClose={() => setScope(null)} />}
    </ExportContext.Provider>
  )
}
