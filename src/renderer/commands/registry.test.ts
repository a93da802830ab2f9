import { describe, expect, it } from 'vitest'
import type { CommandTarget } from './command'
import { COMMANDS, commandForKey, shortcutsOf } from './registry'
import { parseShortcut } from './shortcut'

function key(key: string, shiftKey = false): KeyboardEvent {
  return { key, shiftKey, ctrlKey: false, metaKey: false, altKey: false } as KeyboardEvent
}

describe('the command registry', () => {
  it('gives every command a unique id and every shortcut to one command only', () => {
    expect(new Set(COMMANDS.map((command) => command.id)).size).toBe(COMMANDS.length)
    const shortcuts = COMMANDS.flatMap(shortcutsOf).map((shortcut) => JSON.stringify(parseShortcut(shortcut)))
    expect(new Set(shortcuts).size).toBe(shortcuts.length)
  })

  it('dispatches g and G to different commands, only where enabled', () => {
    const calls: string[] = []
    const reader = new Proxy({}, { get: (_, name) => () => calls.push(String(name)) }) as CommandTarget['reader']
    const target: CommandTarget = { reader }
    commandForKey(key('g'), target)?.run(target)
    commandForKey(key('G', true), target)?.run(target)
    commandForKey(key(' ', true), target)?.run(target)
    expect(calls).toEqual(['toTop', 'toBottom', 'pageUp'])
    expect(commandForKey(key('g'), {})).toBeUndefined()
  })
})
