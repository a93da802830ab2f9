import { describe, expect, it } from 'vitest'
import { matchesShortcut, parseShortcut, shortcutKeys, type ShortcutEvent } from './shortcut'

function press(key: string, modifiers: Partial<Omit<ShortcutEvent, 'key'>> = {}): ShortcutEvent {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers }
}

describe('parseShortcut', () => {
  it('reads modifiers, and Shift from an upper-case letter', () => {
    expect(parseShortcut('Mod+k')).toEqual({ mod: true, alt: false, shift: false, key: 'k' })
    expect(parseShortcut('Shift+ ')).toEqual({ mod: false, alt: false, shift: true, key: ' ' })
    expect(parseShortcut('G')).toEqual({ mod: false, alt: false, shift: true, key: 'G' })
    expect(parseShortcut('+')).toEqual({ mod: false, alt: false, shift: false, key: '+' })
  })
})

describe('matchesShortcut', () => {
  it('tells g from G (Shift+g)', () => {
    expect(matchesShortcut(press('g'), 'g')).toBe(true)
    expect(matchesShortcut(press('G', { shiftKey: true }), 'g')).toBe(false)
    expect(matchesShortcut(press('G', { shiftKey: true }), 'G')).toBe(true)
    expect(matchesShortcut(press('g'), 'G')).toBe(false)
  })

  it('tells space from Shift+space', () => {
    expect(matchesShortcut(press(' '), ' ')).toBe(true)
    expect(matchesShortcut(press(' ', { shiftKey: true }), ' ')).toBe(false)
    expect(matchesShortcut(press(' ', { shiftKey: true }), 'Shift+ ')).toBe(true)
    expect(matchesShortcut(press(' '), 'Shift+ ')).toBe(false)
  })

  it('accepts symbols however the layout types them', () => {
    expect(matchesShortcut(press('?', { shiftKey: true }), '?')).toBe(true)
    expect(matchesShortcut(press('?'), '?')).toBe(true)
    expect(matchesShortcut(press(']'), ']')).toBe(true)
    expect(matchesShortcut(press('['), ']')).toBe(false)
  })

  it('needs Ctrl or Cmd exactly when the shortcut says Mod', () => {
    expect(matchesShortcut(press('k', { ctrlKey: true }), 'Mod+k')).toBe(true)
    expect(matchesShortcut(press('k', { metaKey: true }), 'Mod+k')).toBe(true)
    expect(matchesShortcut(press('K', { ctrlKey: true }), 'Mod+k')).toBe(true)
    expect(matchesShortcut(press('K', { ctrlKey: true, shiftKey: true }), 'Mod+k')).toBe(false)
    expect(matchesShortcut(press('k'), 'Mod+k')).toBe(false)
    expect(matchesShortcut(press('j', { ctrlKey: true }), 'j')).toBe(false)
  })

  it('never matches with Alt unless asked, and matches named keys exactly', () => {
    expect(matchesShortcut(press('j', { altKey: true }), 'j')).toBe(false)
    expect(matchesShortcut(press('ArrowDown'), 'ArrowDown')).toBe(true)
    expect(matchesShortcut(press('ArrowDown', { shiftKey: true }), 'ArrowDown')).toBe(false)
    expect(matchesShortcut(press('Escape'), 'Escape')).toBe(true)
  })
})

describe('shortcutKeys', () => {
  it('names keys for people', () => {
    expect(shortcutKeys('Mod+k')).toEqual(['Ctrl', 'K'])
    expect(shortcutKeys('Mod+k', true)).toEqual(['⌘', 'K'])
    expect(shortcutKeys('Shift+ ')).toEqual(['Shift', 'Space'])
    expect(shortcutKeys('G')).toEqual(['Shift', 'G'])
    expect(shortcutKeys('ArrowDown')).toEqual(['↓'])
    expect(shortcutKeys('?')).toEqual(['?'])
  })
})
