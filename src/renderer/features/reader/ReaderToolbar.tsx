// The reader's toolbar: back, contents, reading settings, cleaning report and export. It owns which
// panel is open and publishes the panels to the command registry (palette and shortcuts).
import { useCallback, useMemo, useState, type ReactElement } from 'react'
import type { ArticleBody } from '../../../shared/model/article'
import { useCommandTarget } from '../../commands/use-command-target'
import { CleaningReport } from './CleaningReport'
import { ReaderSettingsPanel } from './ReaderSettingsPanel'
import { TableOfContents } from './TableOfContents'
import { tableOfContents } from './core/table-of-contents'
import { countCleaningChanges } from './core/cleaning-report'
import type { ReaderSettings } from './core/reader-settings'
import { ExportDialogButton } from '../export/ExportDialogButton'

type Panel = 'settings' | 'contents' | 'cleaning' | null

interface Props {
  body: ArticleBody
  settings: ReaderSettings
  onSettingsChange(change: Partial<ReaderSettings>): void
  onBack(): void
  onExportMarkdown(): void
  onGoToBlock(index: number): void
  onRestoreOriginal?: () => void
}

/** The toolbar above the article, with its popovers. */
export function ReaderToolbar({ body, settings, onSettingsChange, onBack, onExportMarkdown, onGoToBlock, onRestoreOriginal }: Props): ReactElement {
  const [panel, setPanel] = useState<Panel>(null)
  const contents = useMemo(() => tableOfContents(body.blocks), [body.blocks])
  const toggle = useCallback((next: Exclude<Panel, null>) => setPanel((open) => (open === next ? null : next)), [])
  const panels = useMemo(
    () => ({ toggleSettings: () => toggle('settings'), toggleContents: () => toggle('contents'), toggleCleaningReport: () => toggle('cleaning') }),
    [toggle]
  )
  useCommandTarget('readerPanels', panels)
  const close = useCallback(() => setPanel(null), [])
  const changes = countCleaningChanges(body.removed, body.repairs)

  return (
    <nav className="reader-toolbar" aria-label="Reader">
      <button type="button" className="button" onClick={onBack}>
        ← Library
      </button>
      {contents.length > 0 && (
        <button type="button" className="button" aria-haspopup="dialog" aria-expanded={panel === 'contents'} onClick={panels.toggleContents}>
          Contents
        </button>
      )}
      <span className="spacer" />
      <button type="button" className="button" aria-haspopup="dialog" aria-expanded={panel === 'cleaning'} onClick={panels.toggleCleaningReport}>
        Cleaning report{changes > 0 && <span className="badge">{changes}</span>}
      </button>
      <button
        type="button"
        className="button aa-button"
        aria-label="Reading settings"
        title="Reading settings"
        aria-haspopup="dialog"
        aria-expanded={panel === 'settings'}
        onClick={panels.toggleSettings}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      <button type="button" className="button" onClick={onExportMarkdown}>
        Export Markdown
      </button>
      <ExportDialogButton articleId={body.articleId} />
      {panel === 'settings' && <ReaderSettingsPanel settings={settings} onChange={onSettingsChange} onClose={close} />}
      {panel === 'contents' && (
        <TableOfContents
          entries={contents}
          onClose={close}
          onGo={(index) => {
            close()
            // After the dialog has closed and given focus back, so the heading keeps the focus.
            requestAnimationFrame(() => onGoToBlock(index))
          }}
        />
      )}
      {panel === 'cleaning' && (
        // The report closes as the original comes back: what it listed no longer applies, and the
        // reader's note of the change (with its Undo) must not sit behind it.
        <CleaningReport body={body} onClose={close} onRestoreOriginal={onRestoreOriginal && (() => (close(), onRestoreOriginal()))} />
      )}
    </nav>
  )
}
