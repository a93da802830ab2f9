// A rich-text note (Tiptap): Markdown-style input rules, `#` tag suggestions, and autosave
// as the user types. Stored as Tiptap JSON with a plain-text copy for search and export.
import { useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { Placeholder } from '@tiptap/extensions'
import type { Note } from '../../../shared/model/annotation'
import { TagSuggestion, type TagSuggestionItem } from './tag-suggestion'
import { EscapeKey } from './escape-key'
import { TagSuggestionMenu, type TagSuggestionMenuState } from './TagSuggestionMenu'
import { NoteToolbar } from './NoteToolbar'
import { useAutosave, type SaveStatus } from './use-autosave'
import './notes.css'

interface Props {
  label: string
  note: Note
  onSave(note: Note): Promise<void>
  tagNames: readonly string[]
  onTag(name: string): void
  headings?: boolean
  autoFocus?: boolean
  placeholder?: string
  /** Escape in the editor (with no tag list open); by default it just leaves the editor. */
  onEscape?: () => void
}

/** The note as stored: JSON plus plain text, or nothing when empty. */
export function noteOfEditor(editor: Editor): Note {
  if (editor.isEmpty) return { doc: null, text: '' }
  return { doc: editor.getJSON(), text: editor.getText({ blockSeparator: '\n' }) }
}

function initialContent(note: Note): Record<string, unknown> | string {
  if (note.doc) return note.doc
  // Older notes were plain strings; they open as one paragraph each line.
  const lines = note.text.split('\n').filter((line) => line !== '')
  if (lines.length === 0) return ''
  return { type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) }
}

const STATUS_TEXT: Record<SaveStatus, string> = { idle: '', pending: 'Saving…', saved: 'Saved', failed: 'Could not save: your text is still here' }

/** A note editor that saves itself; mount it with a `key` per note so each opens its own content. */
export function NoteEditor({
  label,
  note,
  onSave,
  tagNames,
  onTag,
  headings = false,
  autoFocus = false,
  placeholder = 'Write a note… (# adds a tag)',
  onEscape
}: Props): ReactElement {
  const autosave = useAutosave(onSave)
  const [menu, setMenu] = useState<TagSuggestionMenuState | null>(null)
  const menuRef = useRef<TagSuggestionMenuState | null>(null)
  const tagNamesRef = useRef(tagNames)
  tagNamesRef.current = tagNames
  const onTagRef = useRef(onTag)
  onTagRef.current = onTag
  const onEscapeRef = useRef(onEscape)
  onEscapeRef.current = onEscape
  const editorRef = useRef<Editor | null>(null)

  const extensions = useMemo(() => {
    const show = (next: TagSuggestionMenuState | null): void => {
      menuRef.current = next
      setMenu(next)
    }
    type Props = { items: TagSuggestionItem[]; command(item: TagSuggestionItem): void; clientRect?: (() => DOMRect | null) | null }
    const open = (props: Props): void => show({ items: props.items, index: 0, rect: props.clientRect?.() ?? null, choose: props.command })
    return [
      StarterKit.configure({ heading: headings ? { levels: [2, 3] } : false, codeBlock: false, link: { openOnClick: false, autolink: true } }),
      Placeholder.configure({ placeholder }),
      EscapeKey.configure({ onEscape: () => (onEscapeRef.current ? onEscapeRef.current() : editorRef.current?.commands.blur()) }),
      TagSuggestion.configure({
        tagNames: () => tagNamesRef.current,
        onTag: (name) => onTagRef.current(name),
        render: () => ({
          onStart: open,
          onUpdate: open,
          onExit: () => show(null),
          onKeyDown: ({ event }) => {
            const current = menuRef.current
            if (!current || current.items.length === 0) return false
            const count = current.items.length
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              show({ ...current, index: (current.index + (event.key === 'ArrowDown' ? 1 : count - 1)) % count })
              return true
            }
            if (event.key === 'Enter' || event.key === 'Tab') {
              current.choose(current.items[current.index]!)
              return true
            }
            return false
          }
        })
      })
    ]
  }, [headings, placeholder])

  const editor = useEditor({
    extensions,
    content: initialContent(note),
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    autofocus: autoFocus ? 'end' : false,
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'note-editor-content' } },
    onUpdate: ({ editor: current }) => autosave.schedule(noteOfEditor(current)),
    onBlur: () => autosave.flush()
  })

  editorRef.current = editor
  // Tiptap's own autofocus waits a task; focusing here (the view is mounted by now) means keys
  // typed right after `n` reach the note instead of the reader's shortcuts.
  useLayoutEffect(() => {
    if (autoFocus && editor && !editor.isDestroyed) editor.commands.focus('end')
  }, [autoFocus, editor])

  return (
    <div className="note-editor">
      {editor && <NoteToolbar editor={editor} headings={headings} />}
      <EditorContent editor={editor} />
      <p className={`note-status note-status-${autosave.status}`} role="status" aria-live="polite">
        {STATUS_TEXT[autosave.status]}
      </p>
      {menu && <TagSuggestionMenu menu={menu} />}
    </div>
  )
}
