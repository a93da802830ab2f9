// The export dialog: what to export, in which format, to one file or a folder, with what; a
// preview of the first lines before saving, a progress bar, and a report of what was written.
import type { ReactElement } from 'react'
import { Dialog, DialogHeader } from '../../ui/Dialog'
import { platform } from '../../platform'
import { describeExportCounts } from '../../../shared/export/describe-counts'
import type { ExportFormat, ExportReport } from '../../../shared/ipc/export-schemas'
import type { ExportScope } from './export-context'
import { useExportDialog, type ExportIncludes } from './use-export-dialog'
import './export-dialog.css'

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'md', label: 'Markdown', hint: 'Obsidian, Logseq' },
  { value: 'csv', label: 'Readwise CSV', hint: 'Readwise, spreadsheets' },
  { value: 'w3c', label: 'W3C Web Annotations', hint: 'JSON-LD, Hypothesis; can be imported back' },
  { value: 'html', label: 'HTML', hint: 'a page to read or print' }
]

const INCLUDES: { key: keyof ExportIncludes; label: string }[] = [
  { key: 'includeArticleText', label: 'Article text, with highlights marked' },
  { key: 'includeNotes', label: 'Notes' },
  { key: 'includeTags', label: 'Tags' },
  { key: 'includeColors', label: 'Colours and what they mean' }
]

const plural = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`

/** The export dialog, opened on an initial scope. */
export function ExportDialog({ initialScope, onClose }: { initialScope: ExportScope; onClose(): void }): ReactElement {
  const state = useExportDialog(initialScope)
  const { scope, setScope, format, setFormat, destination, setDestination, includes, setIncludes, ids, tags, preview, phase } = state
  const running = phase.name === 'running'
  const tagName = scope.kind === 'tag' ? scope.name : (tags[0] ?? '')

  return (
    <Dialog label="Export annotations" className="export-dialog" onClose={running ? () => {} : onClose}>
      <DialogHeader title="Export annotations" onClose={onClose} />
      {phase.name === 'done' ? (
        <ExportDone report={phase.report} onClose={onClose} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void state.run()
          }}
        >
          <fieldset disabled={running}>
            <legend>What</legend>
            {initialScope.kind === 'article' && (
              <Choice name="scope" checked={scope.kind === 'article'} onChange={() => setScope(initialScope)}>
                This article{state.articleTitle ? `: ${state.articleTitle}` : ''}
              </Choice>
            )}
            {initialScope.kind === 'articles' && (
              <Choice name="scope" checked={scope.kind === 'articles'} onChange={() => setScope(initialScope)}>
                Selected articles ({initialScope.ids.length.toLocaleString('en')})
              </Choice>
            )}
            {tags.length > 0 && (
              <div className="export-tag-choice">
                <Choice name="scope" checked={scope.kind === 'tag'} disabled={tags.length === 0} onChange={() => setScope({ kind: 'tag', name: tagName })}>
                  Tag
                </Choice>
                <select
                  aria-label="Tag to export"
                  value={tagName}
                  disabled={tags.length === 0}
                  onChange={(event) => setScope({ kind: 'tag', name: event.target.value })}
                >
                  {tags.map((tag) => (
                    <option key={tag}>{tag}</option>
                  ))}
                </select>
              </div>
            )}
            <Choice name="scope" checked={scope.kind === 'library'} onChange={() => setScope({ kind: 'library' })}>
              The whole library
            </Choice>
            <p className="export-count muted" aria-live="polite">
              {ids === null ? 'Counting…' : ids.length === 0 ? 'No articles to export.' : `${plural(ids.length, 'article')} to export.`}
            </p>
          </fieldset>
          <fieldset disabled={running}>
            <legend>Format</legend>
            {FORMATS.map((option) => (
              <Choice key={option.value} name="format" checked={format === option.value} onChange={() => setFormat(option.value)}>
                {option.label} <span className="muted">({option.hint})</span>
              </Choice>
            ))}
          </fieldset>
          {ids !== null && ids.length > 1 && (
            <fieldset disabled={running}>
              <legend>Save as</legend>
              <Choice name="destination" checked={destination === 'file'} onChange={() => setDestination('file')}>
                One file
              </Choice>
              <Choice name="destination" checked={destination === 'folder'} onChange={() => setDestination('folder')}>
                A folder with one file per article{platform.hasNativeDialogs ? '' : ' (downloads as a .zip)'}
              </Choice>
            </fieldset>
          )}
          <fieldset disabled={running}>
            <legend>Include</legend>
            {INCLUDES.map(({ key, label }) => (
              <label key={key} className="export-choice">
                <input type="checkbox" checked={includes[key]} onChange={(event) => setIncludes({ ...includes, [key]: event.target.checked })} /> {label}
              </label>
            ))}
          </fieldset>
          <section className="export-preview" aria-label="Preview">
            <h3>Preview{preview?.fileName ? <span className="muted"> — {preview.fileName}</span> : null}</h3>
            <pre data-testid="export-preview">{preview ? preview.text : ids?.length === 0 ? '' : 'Preparing the preview…'}</pre>
          </section>
          {running && (
            <div className="export-progress">
              <progress aria-label="Export progress" max={phase.total} value={phase.done} />
              <span>
                Exported {phase.done.toLocaleString('en')} of {plural(phase.total, 'article')}…
              </span>
            </div>
          )}
          {phase.name === 'failed' && (
            <p className="export-error" role="alert">
              Export failed: {phase.message}
            </p>
          )}
          <footer className="export-actions">
            <button type="button" className="button" onClick={onClose} disabled={running}>
              Cancel
            </button>
            <button type="submit" className="button primary" disabled={running || !ids || ids.length === 0}>
              {platform.hasNativeDialogs ? 'Export…' : 'Export'}
            </button>
          </footer>
        </form>
      )}
    </Dialog>
  )
}

function Choice({
  name,
  checked,
  disabled,
  onChange,
  children
}: {
  name: string
  checked: boolean
  disabled?: boolean
  onChange(): void
  children: React.ReactNode
}): ReactElement {
  return (
    <label className="export-choice">
      <input type="radio" name={name} checked={checked} disabled={disabled} onChange={onChange} /> {children}
    </label>
  )
}

function ExportDone({ report, onClose }: { report: ExportReport; onClose(): void }): ReactElement {
  const shown = report.written.slice(0, 8)
  return (
    <section role="status" className="export-report">
      <p>{report.fileCount === 0 ? 'Nothing was exported: these articles have nothing to export.' : `Exported ${describeExportCounts(report)}.`}</p>
      {report.download && <p>Downloaded “{report.download.fileName}”.</p>}
      {shown.length > 0 && (
        <ul className="export-written">
          {shown.map((path) => (
            <li key={path}>{path}</li>
          ))}
          {report.written.length > shown.length && <li className="muted">and {plural(report.written.length - shown.length, 'more file')}</li>}
        </ul>
      )}
      <footer className="export-actions">
        <button type="button" className="button primary" onClick={onClose}>
          Done
        </button>
      </footer>
    </section>
  )
}
