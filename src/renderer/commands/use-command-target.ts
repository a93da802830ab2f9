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

// Space and Enter on a focused button or link press it; they must not page the article instead.
function isPressingControl(event: KeyboardEvent): boolean {
  return (
    (event.key === ' ' || event.key === 'Enter') &&
    event.target instanceof Element &&
    !!event.target.closest('button, a[href], [role="button"], [role="option"], summary')
  )
}

/** Listens for shortcuts on the window for as long as the app is mounted. */
export function useShortcutDispatcher(target: { current: CommandTarget }): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTyping(event.target) || isPressingControl(event)) return
      const command = commandForKey(event, target.current)
      if (!command) return
      event.preventDefault()
      command.run(target.current)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [target])
}
