// Formatting buttons for a note, for those who do not type Markdown: each says what it does
// and whether it is on, so the state is never shown by colour alone.
import { useState, type ReactElement } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'

/** Bold, italic, lists, a link, and (for article notes) headings. */
export function NoteToolbar({ editor, headings }: { editor: Editor; headings: boolean }): ReactElement {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bullets: current.isActive('bulletList'),
      numbers: current.isActive('orderedList'),
      heading: current.isActive('heading', { level: 2 }),
      link: current.isActive('link')
    })
  })
  const [linking, setLinking] = useState(false)
  const [href, setHref] = useState('')
  const chain = () => editor.chain().focus()
  const button = (label: string, text: string, active: boolean, run: () => void) => (
    <button
      type="button"
      className="note-tool"
      aria-label={label}
      aria-pressed={active}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  )
  const applyLink = (): void => {
    const url = href.trim()
    if (url === '') chain().extendMarkRange('link').unsetLink().run()
    else
      chain()
        .extendMarkRange('link')
        .setLink({ href: /^[a-z][\w+.-]*:/i.test(url) ? url : `https://${url}` })
        .run()
    setLinking(false)
  }
  return (
    <div className="note-toolbar" role="toolbar" aria-label="Formatting">
      {button('Bold', 'B', state.bold, () => chain().toggleBold().run())}
      {button('Italic', 'I', state.italic, () => chain().toggleItalic().run())}
      {headings && button('Heading', 'H', state.heading, () => chain().toggleHeading({ level: 2 }).run())}
      {button('Bulleted list', '•', state.bullets, () => chain().toggleBulletList().run())}
      {button('Numbered list', '1.', state.numbers, () => chain().toggleOrderedList().run())}
      {button('Link', 'Link', state.link, () => {
        setHref(editor.getAttributes('link').href ?? '')
        setLinking((open) => !open)
      })}
      {linking && (
        <input
          className="note-link-input"
          aria-label="Link address"
          placeholder="https://…"
          value={href}
          autoFocus
          onChange={(event) => setHref(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') applyLink()
            if (event.key === 'Escape') {
              event.preventDefault()
              setLinking(false)
            }
          }}
        />
      )}
    </div>
  )
}
