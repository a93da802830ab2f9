// The reader toolbar's way into the export dialog, scoped to the article being read.
import type { ReactElement } from 'react'
import { useExport } from './use-export'

/** "Export…": opens the export dialog on one article. */
export function ExportDialogButton({ articleId }: { articleId: string }): ReactElement {
  const { openExportDialog } = useExport()
  return (
    <button type="button" className="button" aria-haspopup="dialog" onClick={() => openExportDialog({ kind: 'article', id: articleId })}>
      Export…
    </button>
  )
}
