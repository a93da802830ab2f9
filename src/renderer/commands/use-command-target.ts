// Views publish what commands may act on; one key listener dispatches through the registry.
import { createContext, useContext, useEffect } from 'react'
import type { CommandTarget } from './command'
import { commandForKey } from './registry'

export const CommandTargetContext = createContext<{ current: CommandTarget }>({ current: {} })

/** Makes part of the command target available while the calling view is mounted. */
export function useCommandTarget<K extends keyof CommandTarget>(key: K, value: CommandTarget[K]): void {
  const target = useContext(CommandTargetContext)
  useEffect(() => {
    target.current = { ...target.current, [key]: value }
    return () => {
      const { [key]: _removed, ...rest } = target.current
      target.current = rest
    }
  }, [target, key, value])
}

function isTyping(element: EventTarget | null): boolean {
  return element instanceof HTMLElement && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
}

/** Listens for shortcuts on the window for as long as the app is mounted. */
export function useShortcutDispatcher(target: { current: CommandTarget }): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTyping(event.target)) return
      const command = commandForKey(event, target.current)
      if (!command) return
      event.preventDefault()
      command.run(target.current)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [target])
}
