// The annotation UI around the article: the side panel, the selection toolbar, the open
// highlight's popover, the undo toast and the tag manager. State lives in useReaderAnnotations.
import type { ReactElement } from 'react'
import { TagManager } from '../tags/TagManager'
import { useTagNames } from '../tags/use-tags'
import { HighlightPopover } from './HighlightPopover'
import { HighlightsPanel } from './HighlightsPanel'
import { SelectionToolbar } from './SelectionToolbar'
import { UndoToast } from './UndoToast'
import type { ReaderAnnotationsState } from './use-reader-annotations'
import './annotations.css'

/** Renders beside <ArticleText>, inside the reader layout (the panel is its second column). */
export function ReaderAnnotations({ annotations: a }: { annotations: ReaderAnnotationsState }): ReactElement {
  const tagNames = useTagNames()
  const open = a.activeHighlight
  return (
    <>
      <HighlightsPanel
        articleId={a.articleId}
        highlights={a.highlights}
        activeId={a.active?.id ?? null}
        canReattach={a.selection !== null}
        onSelect={a.selectFromPanel}
        onReattach={a.moveToSelection}
        onDelete={a.removeHighlight}
        onManageTags={a.openTagManager}
      />
      {a.selection && (
        <SelectionToolbar
          rect={a.selection.rect}
          onHighlight={(color) => a.highlightSelection(color)}
          onNote={() => a.highlightSelection(undefined, 'note')}
          onTag={() => a.highlightSelection(undefined, 'tags')}
          onCopy={a.copySelection}
          onAdjust={a.canAdjust && open ? () => a.moveToSelection(open.id) : undefined}
        />
      )}
      {open && a.active && !a.selection && (
        <HighlightPopover
          highlight={open}
          rect={a.active.rect}
          focus={a.active.focus}
          tagNames={tagNames}
          onRecolor={(color) => a.recolor(open.id, color)}
          onRemoveTag={(tag) => a.removeTag(open.id, tag)}
          onAddTag={(tag) => a.addTag(open.id, tag)}
          onSaveNote={(note) => a.saveNote(open.id, note)}
          onRemove={() => a.removeHighlight(open.id)}
          onClose={a.closePopover}
        />
      )}
      {a.toast && <UndoToast message={a.toast.message} onUndo={a.toast.undoable ? a.undoRemove : undefined} onDismiss={a.dismissToast} />}
      {a.tagManagerOpen && <TagManager onClose={a.closeTagManager} />}
    </>
  )
}
