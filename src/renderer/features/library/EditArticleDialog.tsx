// Rename an article and edit its metadata (title, byline, date, source, tags) in a dialog.
import { useEffect, useRef, useState, type FormEvent, type ReactElement } from 'react'
import type { ArticleMeta } from '../../../shared/model/article'
import type { LibraryActions } from './use-library-actions'

/** The modal editor for one article's metadata. */
export function EditArticleDialog({ meta, actions, onClose }: { meta: ArticleMeta; actions: LibraryActions; onClose(): void }): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null)
  const [title, setTitle] = useState(meta.title)
  const [byline, setByline] = useState(meta.byline ?? '')
  const [published, setPublished] = useState(meta.publishedAt?.slice(0, 10) ?? '')
  const [source, setSource] = useState(meta.source ?? '')
  const [tags, setTags] = useState(meta.tags.join(', '))
  useEffect(() => dialog.current?.showModal(), [])
  const save = (event: FormEvent): void => {
    event.preventDefault()
    if (!title.trim()) return
    const orNull = (value: string): string | null => value.trim() || null
    const fields = { title: title.trim(), byline: orNull(byline), publishedAt: orNull(published), source: orNull(source) }
    void actions
      .edit(
        meta.id,
        fields,
        tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean)
      )
      .then(onClose)
  }
  return (
    <dialog ref={dialog} className="edit-article-dialog" aria-labelledby="edit-article-heading" onClose={onClose}>
      <form onSubmit={save}>
        <h2 id="edit-article-heading">Edit article</h2>
        <label>
          Title <input required value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          Byline <input value={byline} onChange={(event) => setByline(event.target.value)} />
        </label>
        <label>
          Published <input type="date" value={published} onChange={(event) => setPublished(event.target.value)} />
        </label>
        <label>
          Source <input value={source} onChange={(event) => setSource(event.target.value)} />
        </label>
        <label>
          Tags <input value={tags} placeholder="comma, separated" onChange={(event) => setTags(event.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Save
          </button>
        </div>
      </form>
    </dialog>
  )
}
