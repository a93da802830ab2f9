// A Tiptap extension: Escape leaves the note (closing its popover) instead of ProseMirror's
// "select the parent node", unless the `#` tag list is open, which Escape closes first.
import { Extension } from '@tiptap/core'
import { tagSuggestionKey } from './tag-suggestion'

/** Calls `onEscape` when Escape is pressed in the editor with no suggestion list open. */
export const EscapeKey = Extension.create<{ onEscape(): void }>({
  name: 'escapeKey',
  // Before the core keymap, whose Escape would select the parent node.
  priority: 1000,

  addOptions() {
    return { onEscape: () => undefined }
  },

  addKeyboardShortcuts() {
    return {
      Escape: ({ editor }) => {
        if (tagSuggestionKey.getState(editor.state)?.active) return false
        this.options.onEscape()
        return true
      }
    }
  }
})
