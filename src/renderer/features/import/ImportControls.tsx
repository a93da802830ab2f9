// The import buttons: the native dialog in the desktop app, hidden file inputs in the browser.
import { useMemo, useRef, type ReactElement } from 'react'
import { platform } from '../../platform'
import { useCommandTarget } from '../../commands/use-command-target'
import { SUPPORTED_EXTENSIONS } from '../../../shared/import/file-formats'

interface Props {
  busy: boolean
  onFiles(files: File[]): void
  onDialog(folders: boolean): void
}

/** "Import files" and "Import folder" buttons, also reachable as commands. */
export function ImportControls({ busy, onFiles, onDialog }: Props): ReactElement {
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const actions = useMemo(
    () => ({
      importFiles: () => (platform.hasImportDialog ? onDialog(false) : filesInput.current?.click()),
      importFolder: () => (platform.hasImportDialog ? onDialog(true) : folderInput.current?.click())
    }),
    [onDialog]
  )
  useCommandTarget('library', actions)
  const take = (input: HTMLInputElement): void => {
    const files = [...(input.files ?? [])]
    input.value = ''
    onFiles(files)
  }
  return (
    <div className="import-controls">
      <button type="button" className="button primary" disabled={busy} onClick={actions.importFiles}>
        {busy ? 'Importing…' : 'Import files'}
      </button>
      <button type="button" className="button" disabled={busy} onClick={actions.importFolder}>
        Import folder
      </button>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        aria-label="Choose files to import"
        data-testid="import-files-input"
        accept={SUPPORTED_EXTENSIONS.join(',')}
        onChange={(event) => take(event.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label="Choose a folder to import"
        data-testid="import-folder-input"
        {...{ webkitdirectory: '' }}
        onChange={(event) => take(event.currentTarget)}
      />
    </div>
  )
}
