// The "Article note" tab: a note on the whole article (with headings) and the article's tags.
import type { ReactElement } from 'react'
import { TagInput } from '../tags/TagInput'
import { useArticleTags, useTagNames } from '../tags/use-tags'
import { NoteEditor } from './NoteEditor'
import { useArticleNote } from './use-article-note'

/** The article's tags and its note, saved as you type. */
export function ArticleNotePanel({ articleId }: { articleId: string }): ReactElement {
  const { note, save } = useArticleNote(articleId)
  const { tags, add, remove } = useArticleTags(articleId)
  const tagNames = useTagNames()
  return (
    <div className="article-note-panel">
      {tags && <TagInput label="Article tags" tags={tags} suggestions={tagNames} onAdd={add} onRemove={remove} />}
      {note && tags && (
        <NoteEditor
          key={articleId}
          label="Article note"
          note={note}
          onSave={save}
          headings
          tagNames={tagNames}
          onTag={add}
          placeholder="Notes on the whole article… (## heading, - list, # tag)"
        />
      )}
    </div>
  )
}
