// A Tiptap extension: typing `#` in a note suggests existing tags (Tiptap's suggestion utility);
// choosing one, or a new name, writes `#tag` in the text and hands the tag to the note's owner.
import { Extension } from '@tiptap/core'
import { PluginKey } from '@tiptap/pm/state'
import Suggestion, { type SuggestionOptions } from '@tiptap/suggestion'
import { normalizeTagName, suggestTags, tagKey } from '../../../shared/tags/tag-names'

/** One entry of the suggestion list: an existing tag, or the typed name as a new tag. */
export interface TagSuggestionItem {
  name: string
  isNew: boolean
}

/** How the extension gets tag names, reports a chosen tag, and draws its list. */
export interface TagSuggestionOptions {
  tagNames(): readonly string[]
  onTag(name: string): void
  render: NonNullable<SuggestionOptions<TagSuggestionItem, TagSuggestionItem>['render']>
}

/** The tags to offer for what follows `#`: matches first, then the typed name if it is new. */
export function tagSuggestionItems(existing: readonly string[], query: string): TagSuggestionItem[] {
  const matches = suggestTags(existing, query).map((name) => ({ name, isNew: false }))
  const typed = normalizeTagName(query)
  const known = existing.some((name) => tagKey(name) === tagKey(typed))
  return typed !== '' && !known ? [...matches, { name: typed, isNew: true }] : matches
}

/** Identifies the tag suggestion plugin, so other key handlers can tell whether its list is open. */
export const tagSuggestionKey = new PluginKey<{ active: boolean }>('tagSuggestion')

/** `#` tag suggestions in a note. */
export const TagSuggestion = Extension.create<TagSuggestionOptions>({
  name: 'tagSuggestion',

  addOptions() {
    return { tagNames: () => [], onTag: () => undefined, render: () => ({}) }
  },

  addProseMirrorPlugins() {
    const { tagNames, onTag, render } = this.options
    return [
      Suggestion<TagSuggestionItem, TagSuggestionItem>({
        editor: this.editor,
        pluginKey: tagSuggestionKey,
        char: '#',
        items: ({ query }) => tagSuggestionItems(tagNames(), query),
        command: ({ editor, range, props }) => {
          editor.chain().focus().insertContentAt(range, `#${props.name} `).run()
          onTag(props.name)
        },
        render
      })
    ]
  }
})
