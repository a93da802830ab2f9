// A user command described once (as Excalidraw's actions are): shortcuts, toolbar buttons and
// the command palette all read the same registry.
import type { HighlightColor } from '../../shared/model/annotation'

/** What the active view offers commands to act on; absent parts mean "not available here". */
export interface CommandTarget {
  library?: { importFiles(): void; importFolder(): void }
  reader?: {
    highlightSelection(color?: HighlightColor): void
    exportMarkdown(): void
    backToLibrary(): void
  }
}

export interface Command {
  id: string
  label: string
  /** A KeyboardEvent.key, optionally prefixed with "Mod+" (Ctrl, or Cmd on macOS). */
  shortcut?: string
  isEnabled(target: CommandTarget): boolean
  run(target: CommandTarget): void
}
