// Shows a shortcut as the keys to press, the same way everywhere (dialog, palette, tooltips).
import type { ReactElement } from 'react'
import { isMacPlatform, shortcutKeys } from '../commands/shortcut'

/** A shortcut as <kbd> keys, e.g. Ctrl + K. */
export function Keys({ shortcut }: { shortcut: string }): ReactElement {
  const keys = shortcutKeys(shortcut, isMacPlatform())
  return (
    <kbd className="keys">
      {keys.map((key, index) => (
        <kbd key={index}>{key}</kbd>
      ))}
    </kbd>
  )
}
