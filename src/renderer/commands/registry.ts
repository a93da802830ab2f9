// Every command of the app, in one place.
import type { Command, CommandTarget } from './command'

export const COMMANDS: readonly Command[] = [
  {
    id: 'import-files',
    label: 'Import files…',
    shortcut: 'Mod+o',
    isEnabled: (target) => !!target.library,
    run: (target) => target.library?.importFiles()
  },
  {
    id: 'import-folder',
    label: 'Import a folder…',
    isEnabled: (target) => !!target.library,
    run: (target) => target.library?.importFolder()
  },
  {
    id: 'highlight-selection',
    label: 'Highlight the selection',
    shortcut: 'h',
    isEnabled: (target) => !!target.reader,
    run: (target) => target.reader?.highlightSelection()
  },
  {
    id: 'export-markdown',
    label: 'Export highlights as Markdown',
    shortcut: 'Mod+e',
    isEnabled: (target) => !!target.reader,
    run: (target) => target.reader?.exportMarkdown()
  },
  {
    id: 'back-to-library',
    label: 'Back to the library',
    shortcut: 'Escape',
    isEnabled: (target) => !!target.reader,
    run: (target) => target.reader?.backToLibrary()
  }
]

/** Whether a key event matches a shortcut like "h" or "Mod+e". */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, shortcut: string): boolean {
  const wantsMod = shortcut.startsWith('Mod+')
  const key = wantsMod ? shortcut.slice(4) : shortcut
  const hasMod = event.ctrlKey || event.metaKey
  return !event.altKey && hasMod === wantsMod && event.key.toLowerCase() === key.toLowerCase()
}

/** The enabled command a key event triggers, if any. */
export function commandForKey(event: KeyboardEvent, target: CommandTarget): Command | undefined {
  return COMMANDS.find((command) => command.shortcut && matchesShortcut(event, command.shortcut) && command.isEnabled(target))
}
