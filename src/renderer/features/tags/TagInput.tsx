// Editing a list of tags with autocomplete from existing tags: an ARIA combobox, so it works
// from the keyboard and reads well with a screen reader.
import { useId, useState, type ReactElement, type Ref } from 'react'
import { suggestTags, tagKey, uniqueTags } from '../../../shared/tags/tag-names'
import './tags.css'

interface Props {
  label: string
  tags: readonly string[]
  suggestions: readonly string[]
  onAdd(tag: string): void
  onRemove(tag: string): void
  autoFocus?: boolean
  inputRef?: Ref<HTMLInputElement>
}

/** Tag chips with remove buttons, and an input that suggests existing tags as you type. */
export function TagInput({ label, tags, suggestions, onAdd, onRemove, autoFocus, inputRef }: Props): ReactElement {
  const [typed, setTyped] = useState('')
  const [open, setOpen] = useState(false)
  // No option is picked until the user moves to one: Enter adds exactly what was typed.
  const [index, setIndex] = useState(-1)
  const listId = useId()
  // The list opens on typing or on the arrow keys, not merely on focus, so Escape can close the popover at once.
  const options = open ? suggestTags(suggestions, typed, tags) : []
  const add = (name: string): void => {
    // An existing tag keeps its spelling when typed in another case.
    const existing = suggestions.find((tag) => tagKey(tag) === tagKey(name))
    if (uniqueTags([...tags, existing ?? name]).length > tags.length) onAdd(existing ?? name)
    setTyped('')
    setIndex(-1)
    setOpen(false)
  }
  return (
    <div className="tag-input">
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={`${label}: current tags`}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span className="tag-chip-name">#{tag}</span>
              <button type="button" className="tag-chip-remove" aria-label={`Remove tag ${tag}`} onClick={() => onRemove(tag)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        className="tag-input-field"
        role="combobox"
        aria-label={label}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={index >= 0 && index < options.length ? `${listId}-${index}` : undefined}
        placeholder="Add a tag…"
        value={typed}
        autoFocus={autoFocus}
        onChange={(event) => {
          setTyped(event.target.value)
          setOpen(true)
          setIndex(-1)
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            setOpen(true)
            if (options.length > 0)
              setIndex((Math.max(index, event.key === 'ArrowDown' ? -1 : 0) + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length)
          } else if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault()
            const chosen = options[index] ?? typed
            if (chosen.trim() !== '') add(chosen)
          } else if (event.key === 'Backspace' && typed === '' && tags.length > 0) {
            onRemove(tags[tags.length - 1]!)
          } else if (event.key === 'Escape' && options.length > 0) {
            event.preventDefault()
            setOpen(false)
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Tag suggestions" className="tag-options suggestion-list" hidden={options.length === 0}>
        {options.map((option, position) => (
          <li
            key={option}
            id={`${listId}-${position}`}
            role="option"
            aria-selected={position === index}
            className={position === index ? 'selected' : undefined}
            onMouseDown={(event) => {
              event.preventDefault()
              add(option)
            }}
          >
            {option}
          </li>
        ))}
      </ul>
    </div>
  )
}
