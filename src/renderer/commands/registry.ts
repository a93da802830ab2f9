// Every command of the app, in one place.
import type { Command, CommandTarget, ReaderNavigation } from './command'
import { matchesShortcut } from './shortcut'

export { matchesShortcut } from './shortcut'

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
    group: 'Annotating',
    isEnabled: (target) => !!target.annotations,
    run: (target) => target.annotations?.highlightSelection()
  },
  {
    id: 'highlight-with-note',
    label: 'Highlight the selection and write a note',
    shortcut: 'n',
    group: 'Annotating',
    isEnabled: (target) => !!target.annotations,
    run: (target) => target.annotations?.highlightWithNote()
  },
  {
    id: 'highlight-with-tags',
    label: 'Highlight the selection and tag it',
    shortcut: 't',
    group: 'Annotating',
    isEnabled: (target) => !!target.annotations,
    run: (target) => target.annotations?.highlightWithTags()
  },
  {
    id: 'undo-remove-highlight',
    label: 'Undo removing a highlight',
    shortcut: 'Mod+z',
    group: 'Annotating',
    isEnabled: (target) => target.annotations?.canUndo() ?? false,
    run: (target) => target.annotations?.undoRemove()
  },
  {
    id: 'manage-tags',
    label: 'Manage tags (rename, merge, delete)',
    group: 'Annotating',
    isEnabled: (target) => !!target.annotations,
    run: (target) => target.annotations?.manageTags()
  },
  {
    id: 'export-markdown',
    label: 'Export highlights as Markdown',
    shortcut: 'Mod+e',
    isEnabled: (target) => !!target.reader,
    run: (target) => target.reader?.exportMarkdown()
  },
  {
    id: 'export-dialog',
    label: 'Export annotations… (Markdown, Readwise CSV, W3C JSON-LD, HTML)',
    shortcut: 'Mod+Shift+e',
    group: 'Export & backup',
    isEnabled: (target) => !!target.exporter,
    run: (target) => target.exporter?.openExportDialog()
  },
  {
    id: 'back-up-library',
    label: 'Back up library…',
    group: 'Export & backup',
    isEnabled: (target) => !!target.libraryData,
    run: (target) => target.libraryData?.backUp()
  },
  {
    id: 'restore-backup',
    label: 'Restore from backup…',
    group: 'Export & backup',
    isEnabled: (target) => !!target.libraryData,
    run: (target) => target.libraryData?.restore()
  },
  {
    id: 'import-annotations',
    label: 'Import annotations (W3C JSON)…',
    group: 'Export & backup',
    isEnabled: (target) => !!target.libraryData,
    run: (target) => target.libraryData?.importAnnotations()
  },
  {
    id: 'back-to-library',
    label: 'Back to the library',
    shortcut: 'Escape',
    isEnabled: (target) => !!target.reader,
    run: (target) => target.reader?.backToLibrary()
  },
  ...readerNavigationCommands(),
  {
    id: 'reader-settings',
    label: 'Reading settings (font, size, theme)',
    group: 'Reader',
    isEnabled: (target) => !!target.readerPanels,
    run: (target) => target.readerPanels?.toggleSettings()
  },
  {
    id: 'table-of-contents',
    label: 'Table of contents',
    group: 'Reader',
    isEnabled: (target) => !!target.readerPanels,
    run: (target) => target.readerPanels?.toggleContents()
  },
  {
    id: 'cleaning-report',
    label: 'Cleaning report: what import removed and repaired',
    group: 'Reader',
    isEnabled: (target) => !!target.readerPanels,
    run: (target) => target.readerPanels?.toggleCleaningReport()
  },
  {
    id: 'search-library',
    label: 'Search the library',
    shortcut: '/',
    group: 'Library',
    isEnabled: (target) => !!target.search,
    run: (target) => target.search?.openSearch()
  },
  {
    id: 'select-all-articles',
    label: 'Select every listed article',
    shortcut: 'Mod+a',
    group: 'Library',
    isEnabled: (target) => !!target.articles,
    run: (target) => target.articles?.selectAll()
  },
  {
    id: 'open-notebook',
    label: 'Notebook: every highlight',
    group: 'Library',
    isEnabled: (target) => !!target.search,
    run: (target) => target.search?.openNotebook()
  },
  {
    id: 'find',
    label: 'Find: in the open article, or in the library',
    shortcut: 'Mod+f',
    isEnabled: (target) => !!target.find || !!target.search,
    run: (target) => (target.find ? target.find.openFind() : target.search?.openSearch())
  },
  {
    id: 'command-palette',
    label: 'Command palette',
    shortcut: 'Mod+k',
    group: 'App',
    isEnabled: (target) => !!target.app,
    run: (target) => target.app?.openCommandPalette()
  },
  {
    id: 'show-shortcuts',
    label: 'Keyboard shortcuts',
    shortcut: '?',
    group: 'App',
    isEnabled: (target) => !!target.app,
    run: (target) => target.app?.showShortcuts()
  }
]

/** j/k, arrows, space, g/G and [/]: reading without the mouse. */
function readerNavigationCommands(): Command[] {
  const navigation = (id: string, label: string, action: keyof ReaderNavigation, shortcut: string, alternativeShortcuts?: string[]): Command => ({
    id,
    label,
    shortcut,
    alternativeShortcuts,
    group: 'Reading',
    isEnabled: (target) => !!target.reader,
    run: (target) => target.reader?.[action]()
  })
  return [
    navigation('next-paragraph', 'Next paragraph', 'nextBlock', 'j', ['ArrowDown']),
    navigation('previous-paragraph', 'Previous paragraph', 'previousBlock', 'k', ['ArrowUp']),
    navigation('page-down', 'Page down', 'pageDown', ' ', ['PageDown']),
    navigation('page-up', 'Page up', 'pageUp', 'Shift+ ', ['PageUp']),
    navigation('go-to-top', 'Go to the top', 'toTop', 'g', ['Home']),
    navigation('go-to-bottom', 'Go to the end', 'toBottom', 'G', ['End']),
    navigation('next-highlight', 'Next highlight', 'nextHighlight', ']'),
    navigation('previous-highlight', 'Previous highlight', 'previousHighlight', '[')
  ]
}

/** Every shortcut of a command, the main one first. */
export function shortcutsOf(command: Command): string[] {
  return command.shortcut ? [command.shortcut, ...(command.alternativeShortcuts ?? [])] : []
}

/** The enabled command a key event triggers, if any. */
export function commandForKey(event: KeyboardEvent, target: CommandTarget): Command | undefined {
  return COMMANDS.find((command) => shortcutsOf(command).some((shortcut) => matchesShortcut(event, shortcut)) && command.isEnabled(target))
}
