// What import removed and repaired in this article, grouped by kind, and the original text beside
// it, so a reader can trust that cleaning only dropped clutter.
import { Fragment, useMemo, useState, type ReactElement } from 'react'
import type { ArticleBody } from '../../../shared/model/article'
import { Dialog, DialogHeader } from '../../ui/Dialog'
import { groupByKind, summarizeCleaning, type ReportGroup } from './core/cleaning-report'

interface Props {
  body: ArticleBody
  onClose(): void
  /** Replaces the article's text by its original (import's job); the button shows only when given. */
  onRestoreOriginal?: () => void
}

/** The cleaning report dialog. */
export function CleaningReport({ body, onClose, onRestoreOriginal }: Props): ReactElement {
  const [showOriginal, setShowOriginal] = useState(false)
  const removedGroups = useMemo(() => groupByKind(body.removed), [body.removed])
  const repairGroups = useMemo(() => groupByKind(body.repairs), [body.repairs])
  return (
    <Dialog label="Cleaning report" onClose={onClose} className="cleaning-report">
      <DialogHeader title="Cleaning report" onClose={onClose}>
        <button type="button" className="button small" aria-pressed={showOriginal} onClick={() => setShowOriginal(!showOriginal)}>
          View original
        </button>
        {onRestoreOriginal && (
          <button type="button" className="button small" onClick={onRestoreOriginal}>
            Use original text
          </button>
        )}
      </DialogHeader>
      <p className="muted">{summarizeCleaning(body.removed, body.repairs)}</p>
      {body.warnings.length > 0 && (
        <ul className="report-warnings" aria-label="Notes on this import">
          {body.warnings.map((warning, index) => (
            <li key={index}>{warning}</li>
          ))}
        </ul>
      )}
      {showOriginal ? (
        <pre className="original-text" tabIndex={0} aria-label="Original text">
          {body.originalText}
        </pre>
      ) : (
        <div className="report-sections">
          <ReportSection title="Removed" groups={removedGroups} renderItem={(item) => <li className="removed-text">{item.text}</li>} />
          <ReportSection
            title="Repaired"
            groups={repairGroups}
            renderItem={(item) => (
              <li className="repair">
                <del>{item.before}</del> <span aria-hidden="true">→</span>
                <span className="visually-hidden">became</span> <ins>{item.after}</ins>
              </li>
            )}
          />
        </div>
      )}
    </Dialog>
  )
}

/** One list of the report (removals or repairs), a collapsible group per kind. */
function ReportSection<T>({ title, groups, renderItem }: { title: string; groups: ReportGroup<T>[]; renderItem(item: T): ReactElement }): ReactElement {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {groups.length === 0 && <p className="muted">Nothing.</p>}
      {groups.map((group) => (
        <details key={group.kind} className="report-group" open={!group.peripheral}>
          <summary>
            {group.label} <span className="count">{group.items.length}</span>
          </summary>
          <ul>
            {group.items.map((item, index) => (
              <Fragment key={index}>{renderItem(item)}</Fragment>
            ))}
          </ul>
        </details>
      ))}
    </section>
  )
}
