// Acting on one highlight: recolour, tag, write its note, or remove it (undoable).
import { useEffect, useRef, type ReactElement } from 'react'
import type { Highlight, HighlightColor, Note } from '../../../shared/model/annotation'
import { NoteEditor } from '../notes/NoteEditor'
import { TagInput } from '../tags/TagInput'
import { ColorButtons } from './ColorButtons'
import { popoverPosition } from './floating-position'

interface Props {
  highlight: Highlight
  rect: DOMRect
  /** Where the keyboard goes on opening: the note (`n`), the tags (`t`), or the popover itself. */
  focus: 'note' | 'tags' | null
  tagNames: readonly string[]
  onRecolor(color: HighlightColor): void
  onRemoveTag(tag: string): void
  onAddTag(tag: string): void
  onSaveNote(note: Note): Promise<void>
  onRemove(): void
  onClose(): void
}

/** A non-modal dialog anchored to the highlight; Escape, or a click elsewhere, closes it. */
export function HighlightPopover({ highlight, rect, focus, tagNames, onRecolor, onRemoveTag, onAddTag, onSaveNote, onRemove, onClose }: Props): ReactElement {
  const root = useRef<HTMLDivElement>(null)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  }, [onClose])
  useEffect(() => {
    if (focus === null) root.current?.focus({ preventScroll: true })
    // A press outside closes it, except in the article text, where it may start a selection to
    // adjust this highlight with (a plain click there closes it on release instead).
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target as Element
      if (!root.current?.contains(target) && !target.closest?.('.article-text, .tag-suggestions')) close.current()
    }
    const onClick = (event: MouseEvent): void => {
      const target = event.target as Element
      if (target.closest?.('.article-text') && !target.closest('mark.highlight') && window.getSelection()?.isCollapsed !== false) close.current()
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('click', onClick)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('click', onClick)
    }
  }, [focus])

  const { top, bottom, left, maxHeight } = popoverPosition(rect)
  return (
    <div
      ref={root}
      className="floating-toolbar popover highlight-popover"
      role="dialog"
      aria-label="Highlight"
      tabIndex={-1}
      style={{ top, bottom, left, maxHeight }}
      onKeyDown={(event) => {
        // Keys typed here belong to the popover, never to the reader's shortcuts behind it.
        event.stopPropagation()
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <div className="popover-row">
        <ColorButtons verb="Recolour" current={highlight.color} onPick={onRecolor} />
        <span className="spacer" />
        <button type="button" className="button small icon" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </div>
      <TagInput label="Highlight tags" tags={highlight.tags} suggestions={tagNames} onAdd={onAddTag} onRemove={onRemoveTag} autoFocus={focus === 'tags'} />
      <NoteEditor
        key={highlight.id}
        label="Highlight note"
        note={highlight.note}
        onSave={onSaveNote}
        tagNames={tagNames}
        onTag={onAddTag}
        autoFocus={focus === 'note'}
        onEscape={onClose}
      />
      <div className="popover-row">
        <span className="muted popover-hint">Select text over it to extend or shrink.</span>
        <span className="spacer" />
        <button type="button" className="button small danger" onClick={onRemove}>
          Remove highlight
        </button>
      </div>
    </div>
  )
}
