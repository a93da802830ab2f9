// Ctrl/Cmd+K: every command enabled here, filtered fuzzily as you type, run with Enter. Built
// from the registry, like the shortcuts, so a new command appears here by being registered.
import { useId, useMemo, useState, type ReactElement } from 'react'
import { Dialog } from '../ui/Dialog'
import { Keys } from '../ui/Keys'
import { COMMANDS } from './registry'
import type { Command, CommandTarget } from './command'
import { fuzzyFilter } from './fuzzy-filter'

interface Props {
  target: CommandTarget
  onClose(): void
  /** Runs the chosen command once the palette has closed (so focus is back where it was). */
  onRun(command: Command): void
}

/** The command palette dialog. */
export function CommandPalette({ target, onClose, onRun }: Props): ReactElement {
  const [query, setQuery] = useState('')
  const [selected, setSelected] = useState(0)
  const listId = useId()
  const available = useMemo(() => COMMANDS.filter((command) => command.id !== 'command-palette' && command.isEnabled(target)), [target])
  const matches = useMemo(() => fuzzyFilter(available, query, (command) => command.label), [available, query])
  const current = Math.min(selected, matches.length - 1)
  const optionId = (index: number): string => `${listId}-option-${index}`

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setSelected((current + step + matches.length) % Math.max(1, matches.length))
    } else if (event.key === 'Enter' && matches[current]) {
      event.preventDefault()
      onRun(matches[current])
    }
  }

  return (
    <Dialog label="Command palette" onClose={onClose} className="palette">
      <input
        className="palette-input"
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches[current] ? optionId(current) : undefined}
        aria-autocomplete="list"
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setSelected(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette-list" id={listId} role="listbox" aria-label="Commands">
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className="palette-option"
            onMouseMove={() => setSelected(index)}
            onClick={() => onRun(command)}
          >
            <span>{command.label}</span>
            {command.shortcut && <Keys shortcut={command.shortcut} />}
          </li>
        ))}
        {matches.length === 0 && (
          <li className="palette-empty" role="option" aria-selected="false" aria-disabled="true">
            No command matches “{query}”
          </li>
        )}
      </ul>
    </Dialog>
  )
}
