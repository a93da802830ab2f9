// The table of contents dropdown: the article's headings; choosing one scrolls there.
import type { ReactElement } from 'react'
import { Dialog, DialogHeader } from '../../ui/Dialog'
import type { ContentsEntry } from './core/table-of-contents'

interface Props {
  entries: readonly ContentsEntry[]
  onGo(blockIndex: number): void
  onClose(): void
}

/** Lists the headings as links into the article. */
export function TableOfContents({ entries, onGo, onClose }: Props): ReactElement {
  return (
    <Dialog label="Contents" onClose={onClose} className="popover contents-popover">
      <DialogHeader title="Contents" onClose={onClose} />
      <nav aria-label="Table of contents">
        <ol className="contents-list">
          {entries.map((entry) => (
            <li key={entry.blockIndex}>
              <button type="button" className="contents-entry" onClick={() => onGo(entry.blockIndex)}>
                {entry.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </Dialog>
  )
}
