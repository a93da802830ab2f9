// A user command described once (as Excalidraw's actions are): shortcuts, toolbar buttons and
// the command palette all read the same registry.
import type { HighlightColor } from '../../shared/model/annotation'

/** What the active view offers commands to act on; absent parts mean "not available here". */
export interface CommandTarget {
  library?: { importFiles(): void; importFolder(): void }
  /** The export dialog (features/export), app-wide. */
  exporter?: { openExportDialog(): void }
  /** Backup, restore and annotation import (features/backup), app-wide. */
  libraryData?: { backUp(): void; restore(): void; importAnnotations(): void }
  reader?: {
    exportMarkdown(): void
    backToLibrary(): void
  } & ReaderNavigation
  /** Annotating the open article (features/annotations/use-reader-annotations). */
  annotations?: {
    highlightSelection(color?: HighlightColor): void
    /** Highlights the selection and opens its note. */
    highlightWithNote(): void
    /** Highlights the selection and opens its tag input. */
    highlightWithTags(): void
    /** Brings back the last removed highlight. */
    undoRemove(): void
    canUndo(): boolean
    manageTags(): void
  }
  /** The reader toolbar's panels. */
  readerPanels?: { toggleSettings(): void; toggleContents(): void; toggleCleaningReport(): void }
  /** App-wide overlays, always present. */
  app?: { openCommandPalette(): void; showShortcuts(): void }
  /** The library's search box and the notebook. */
  search?: { openSearch(): void; openNotebook(): void }
  /** The library's article list, for multi-select. */
  articles?: { selectAll(): void }
  /** Find in the open article. */
  find?: { openFind(): void }
}

/** Moving through the article by keyboard. */
export interface ReaderNavigation {
  nextBlock(): void
  previousBlock(): void
  pageDown(): void
  pageUp(): void
  toTop(): void
  toBottom(): void
  nextHighlight(): void
  previousHighlight(): void
}

export interface Command {
  id: string
  label: string
  /** A KeyboardEvent.key, optionally prefixed with "Mod+" (Ctrl, or Cmd on macOS), "Shift+" or "Alt+" (see shortcut.ts). */
  shortcut?: string
  /** Further keys doing the same (ArrowDown beside j). */
  alternativeShortcuts?: readonly string[]
  /** Where the shortcuts dialog lists it; defaults to "General". */
  group?: string
  isEnabled(target: CommandTarget): boolean
  run(target: CommandTarget): void
}
