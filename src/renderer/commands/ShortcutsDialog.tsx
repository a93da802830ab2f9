// The `?` dialog: every shortcut, read from the command registry so it cannot go stale.
import type { ReactElement } from 'react'
import { Dialog, DialogHeader } from '../ui/Dialog'
import { Keys } from '../ui/Keys'
import { COMMANDS, shortcutsOf } from './registry'
import type { Command } from './command'

/** Commands with shortcuts, grouped as the registry groups them, in registry order. */
function groupedCommands(): [string, Command[]][] {
  const groups = new Map<string, Command[]>()
  for (const command of COMMANDS) {
    if (!command.shortcut) continue
    const group = command.group ?? 'General'
    groups.set(group, [...(groups.get(group) ?? []), command])
  }
  return [...groups]
}

/** Lists every keyboard shortcut of the app. */
export function ShortcutsDialog({ onClose }: { onClose(): void }): ReactElement {
  return (
    <Dialog label="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <DialogHeader title="Keyboard shortcuts" onClose={onClose} />
      <div className="shortcut-groups">
        {groupedCommands().map(([group, commands]) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl className="shortcut-list">
              {commands.map((command) => (
                <div key={command.id} className="shortcut-row" data-testid="shortcut-row">
                  <dt>{command.label}</dt>
                  <dd>
                    {shortcutsOf(command).map((shortcut, index) => (
                      <span key={shortcut}>
                        {index > 0 && <span className="or"> or </span>}
                        <Keys shortcut={shortcut} />
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  )
}
