// What can be done to the selected articles at once: tag, untag, mark read, export, trash; in the
// trash, restore or delete for good.
import { useState, type ReactElement } from 'react'
import type { LibraryActions } from './use-library-actions'

interface Props {
  selected: readonly string[]
  trash: boolean
  actions: LibraryActions
  onExport(ids: string[]): void
  onClear(): void
}

/** The bulk action bar, shown while articles are selected. */
export function BulkActions({ selected, trash, actions, onExport, onClear }: Props): ReactElement | null {
  const [tag, setTag] = useState('')
  if (selected.length === 0) return null
  const ids = [...selected]
  const withTag = (run: (ids: string[], tag: string) => Promise<void>): void => {
    const name = tag.trim()
    if (!name) return
    void run(ids, name).then(() => setTag(''))
  }
  return (
    <div className="bulk-actions" role="toolbar" aria-label="Selected articles">
      <strong>{selected.length.toLocaleString('en')} selected</strong>
      {trash ? (
        <>
          <button type="button" className="button small" onClick={() => void actions.restore(ids)}>
            Restore
          </button>
          <button
            type="button"
            className="button small danger"
            onClick={() => window.confirm(`Delete ${ids.length} article(s) for good?`) && void actions.deleteForever(ids)}
          >
            Delete for good
          </button>
        </>
      ) : (
        <>
          <input
            aria-label="Tag name"
            placeholder="Tag"
            value={tag}
            onChange={(event) => setTag(event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && withTag(actions.tag)}
          />
          <button type="button" className="button small" onClick={() => withTag(actions.tag)}>
            Add tag
          </button>
          <button type="button" className="button small" onClick={() => withTag(actions.untag)}>
            Remove tag
          </button>
          <button type="button" className="button small" onClick={() => void actions.markRead(ids)}>
            Mark read
          </button>
          <button type="button" className="button small" onClick={() => onExport(ids)}>
            Export
          </button>
          <button type="button" className="button small danger" onClick={() => void actions.trash(ids)}>
            Move to trash
          </button>
        </>
      )}
      <button type="button" className="button small" onClick={onClear}>
        Clear selection
      </button>
    </div>
  )
}
