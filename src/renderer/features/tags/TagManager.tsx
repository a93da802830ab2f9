// The tag manager: every tag with its use counts, and rename, merge and delete, each applied to
// every highlight and article in one transaction (see db/tags-repository).
import { useState, type ReactElement } from 'react'
import { Dialog, DialogHeader } from '../../ui/Dialog'
import type { TagUsage } from '../../db/tags-repository'
import { tagChanges, useTagUsage } from './use-tags'
import './tags.css'

/** A modal dialog listing every tag; mount it only while open. */
export function TagManager({ onClose }: { onClose(): void }): ReactElement {
  const usage = useTagUsage()
  const [error, setError] = useState<string | null>(null)
  const attempt = (change: Promise<void>): void => {
    setError(null)
    change.catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)))
  }
  return (
    <Dialog label="Tags" onClose={onClose} className="tag-manager">
      <DialogHeader title="Tags" onClose={onClose} />
      <p className="muted tag-manager-hint">
        Renaming a tag renames its children too (diplomacy → defence makes diplomacy/border defence/border). Renaming onto an existing tag merges them.
      </p>
      {error && (
        <p className="tag-manager-error" role="alert">
          {error}
        </p>
      )}
      {usage && usage.length === 0 && <p className="muted">No tags yet. Add them to highlights or articles.</p>}
      <ul className="tag-manager-list" aria-label="All tags">
        {usage?.map((tag) => (
          <TagRow key={tag.name} tag={tag} others={usage.filter((other) => other.name !== tag.name)} attempt={attempt} />
        ))}
      </ul>
    </Dialog>
  )
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function TagRow({ tag, others, attempt }: { tag: TagUsage; others: TagUsage[]; attempt(change: Promise<void>): void }): ReactElement {
  const [mode, setMode] = useState<'view' | 'rename' | 'merge' | 'delete'>('view')
  const [name, setName] = useState(tag.name)
  const [into, setInto] = useState(others[0]?.name ?? '')
  const done = (change: Promise<void>): void => {
    attempt(change)
    setMode('view')
  }
  return (
    <li className="tag-row" aria-label={tag.name}>
      <span className="tag-row-name">#{tag.name}</span>
      <span className="tag-row-counts">
        {plural(tag.highlights, 'highlight')} · {plural(tag.articles, 'article')}
      </span>
      {mode === 'view' && (
        <>
          <button type="button" className="button small" aria-label={`Rename ${tag.name}`} onClick={() => setMode('rename')}>
            Rename
          </button>
          <button
            type="button"
            className="button small"
            aria-label={`Merge ${tag.name} into another tag`}
            disabled={others.length === 0}
            onClick={() => setMode('merge')}
          >
            Merge…
          </button>
          <button type="button" className="button small danger" aria-label={`Delete ${tag.name}`} onClick={() => setMode('delete')}>
            Delete
          </button>
        </>
      )}
      {mode === 'rename' && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            done(tagChanges.rename(tag.name, name))
          }}
        >
          <input aria-label={`New name for ${tag.name}`} value={name} autoFocus onChange={(event) => setName(event.target.value)} />{' '}
          <button type="submit" className="button small primary">
            Save
          </button>{' '}
          <button type="button" className="button small" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'merge' && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            done(tagChanges.merge(tag.name, into))
          }}
        >
          <select aria-label={`Merge ${tag.name} into`} value={into} autoFocus onChange={(event) => setInto(event.target.value)}>
            {others.map((other) => (
              <option key={other.name} value={other.name}>
                {other.name}
              </option>
            ))}
          </select>{' '}
          <button type="submit" className="button small primary">
            Merge
          </button>{' '}
          <button type="button" className="button small" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'delete' && (
        <span>
          Remove from every highlight and article?{' '}
          <button type="button" className="button small danger" autoFocus onClick={() => done(tagChanges.remove(tag.name))}>
            Delete #{tag.name}
          </button>{' '}
          <button type="button" className="button small" onClick={() => setMode('view')}>
            Cancel
          </button>
        </span>
      )}
    </li>
  )
}
