// The library header's menu for moving annotations and the whole library in and out.
import { useContext, useEffect, useRef, useState, type ReactElement } from 'react'
import { BackupContext } from './backup-context'
import { useExport } from '../export/use-export'

/** "Export & backup" menu: export, back up, restore, import annotations. */
export function LibraryDataMenu(): ReactElement {
  const backup = useContext(BackupContext)
  const { openExportDialog } = useExport()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const close = (event: Event) => !root.current?.contains(event.target as Node) && setOpen(false)
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [open])
  const item = (label: string, action: () => void) => (
    <button
      type="button"
      role="menuitem"
      className="library-data-item"
      onClick={() => {
        setOpen(false)
        action()
      }}
    >
      {label}
    </button>
  )
  return (
    <div className="library-data-menu" ref={root} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export &amp; backup ▾
      </button>
      {open && (
        <div role="menu" aria-label="Export and backup" className="library-data-list">
          {item('Export annotations…', () => openExportDialog({ kind: 'library' }))}
          {item('Back up library…', backup.backUp)}
          {item('Restore from backup…', backup.restore)}
          {item('Import annotations (W3C JSON)…', backup.importAnnotations)}
        </div>
      )}
    </div>
  )
}
