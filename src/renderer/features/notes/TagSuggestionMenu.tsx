// The list that `#` opens in a note: existing tags matching what follows, or a new one.
import type { ReactElement } from 'react'
import { createPortal } from 'react-dom'
import type { TagSuggestionItem } from './tag-suggestion'

/** What the menu shows and where. */
export interface TagSuggestionMenuState {
  items: TagSuggestionItem[]
  index: number
  rect: DOMRect | null
  choose(item: TagSuggestionItem): void
}

/** A listbox under the caret; the editor keeps focus and drives it with the arrow keys. */
export function TagSuggestionMenu({ menu }: { menu: TagSuggestionMenuState }): ReactElement | null {
  if (menu.items.length === 0 || !menu.rect) return null
  // In a portal: inside a transformed or scrolling popover, a fixed list would be misplaced or clipped.
  return createPortal(
    <ul className="tag-suggestions suggestion-list" role="listbox" aria-label="Tag suggestions" style={{ top: menu.rect.bottom + 4, left: menu.rect.left }}>
      {menu.items.map((item, index) => (
        <li
          key={item.name}
          role="option"
          aria-selected={index === menu.index}
          className={index === menu.index ? 'selected' : undefined}
          onMouseDown={(event) => {
            event.preventDefault()
            menu.choose(item)
          }}
        >
          {item.isNew ? `Add new tag #${item.name}` : `#${item.name}`}
        </li>
      ))}
    </ul>,
    document.body
  )
}
