// Shortcut strings ("j", "G", "Shift+ ", "Mod+k") parsed, matched against key events and shown to
// people, in one place, so the dispatcher, the shortcuts dialog and the palette always agree.

/** The key event fields a shortcut is matched against. */
export type ShortcutEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

/** A shortcut taken apart: modifiers and the KeyboardEvent.key wanted. */
export interface ParsedShortcut {
  mod: boolean
  alt: boolean
  shift: boolean
  key: string
}

const MODIFIER = /^(Mod|Alt|Shift)\+(?=.)/

/** Parses "Mod+Shift+k", "Shift+ " or "G" (an upper-case letter implies Shift). */
export function parseShortcut(shortcut: string): ParsedShortcut {
  const parsed: ParsedShortcut = { mod: false, alt: false, shift: false, key: shortcut }
  for (let match = MODIFIER.exec(parsed.key); match; match = MODIFIER.exec(parsed.key)) {
    if (match[1] === 'Mod') parsed.mod = true
    else if (match[1] === 'Alt') parsed.alt = true
    else parsed.shift = true
    parsed.key = parsed.key.slice(match[0].length)
  }
  if (isLetter(parsed.key) && parsed.key !== parsed.key.toLowerCase()) parsed.shift = true
  return parsed
}

function isLetter(key: string): boolean {
  return [...key].length === 1 && key.toLowerCase() !== key.toUpperCase()
}

/** Whether a key event matches a shortcut. Shift must match exactly, except for symbols such as
 * "?" or "[" that some layouts can only type with Shift (unless the shortcut names Shift itself). */
export function matchesShortcut(event: ShortcutEvent, shortcut: string): boolean {
  const wanted = parseShortcut(shortcut)
  if (event.altKey !== wanted.alt || (event.ctrlKey || event.metaKey) !== wanted.mod) return false
  const symbol = [...wanted.key].length === 1 && !isLetter(wanted.key) && wanted.key !== ' '
  if (!(symbol && !wanted.shift) && event.shiftKey !== wanted.shift) return false
  return isLetter(wanted.key) ? event.key.toLowerCase() === wanted.key.toLowerCase() : event.key === wanted.key
}

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Enter: 'Enter'
}

/** The keys to press, for people: ["Ctrl", "K"], ["Shift", "G"], ["Space"]. */
export function shortcutKeys(shortcut: string, isMac = false): string[] {
  const parsed = parseShortcut(shortcut)
  const keys: string[] = []
  if (parsed.mod) keys.push(isMac ? '⌘' : 'Ctrl')
  if (parsed.alt) keys.push(isMac ? '⌥' : 'Alt')
  if (parsed.shift) keys.push('Shift')
  keys.push(KEY_NAMES[parsed.key] ?? (isLetter(parsed.key) && parsed.mod ? parsed.key.toUpperCase() : parsed.key))
  return keys
}

/** Whether the user is on a Mac, where Mod reads as ⌘. */
export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
}
