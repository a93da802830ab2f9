// The app-wide overlays opened by shortcut from any screen: the command palette and the
// shortcuts dialog. It publishes the `app` part of the command target.
import { useCallback, useContext, useMemo, useState, type ReactElement } from 'react'
import { CommandTargetContext, useCommandTarget } from '../commands/use-command-target'
import { CommandPalette } from '../commands/CommandPalette'
import { ShortcutsDialog } from '../commands/ShortcutsDialog'
import type { Command, CommandTarget } from '../commands/command'

type Overlay = { name: 'palette'; target: CommandTarget } | { name: 'shortcuts' } | null

/** Renders whichever app overlay is open. */
export function AppOverlays(): ReactElement | null {
  const target = useContext(CommandTargetContext)
  const [overlay, setOverlay] = useState<Overlay>(null)
  // The palette lists what was enabled when it opened (the target of the screen behind it).
  const openCommandPalette = useCallback(() => setOverlay({ name: 'palette', target: target.current }), [target])
  const showShortcuts = useCallback(() => setOverlay({ name: 'shortcuts' }), [])
  const actions = useMemo(() => ({ openCommandPalette, showShortcuts }), [openCommandPalette, showShortcuts])
  useCommandTarget('app', actions)

  const close = useCallback(() => setOverlay(null), [])
  const run = useCallback(
    (command: Command) => {
      setOverlay(null)
      // After the dialog has closed and focus is back, so commands that open dialogs work too.
      requestAnimationFrame(() => command.isEnabled(target.current) && command.run(target.current))
    },
    [target]
  )

  if (overlay?.name === 'palette') return <CommandPalette target={overlay.target} onClose={close} onRun={run} />
  if (overlay?.name === 'shortcuts') return <ShortcutsDialog onClose={close} />
  return null
}
