// After an import, each new file that looks like an article already in the library is listed
// for the user to skip, keep as a second article, or put in place of the old text.
import { useId, useState, type ReactElement } from 'react'
import { chooseFor, DUPLICATE_CHOICES, type DuplicateChoice } from './core/duplicate-choices'
import type { PendingDuplicate } from './use-import'
import './import.css'

/** The duplicates dialog: one choice per duplicate, with "apply to all". */
export function DuplicatesDialog({ duplicates, onDone }: { duplicates: readonly PendingDuplicate[]; onDone(choices: DuplicateChoice[]): void }): ReactElement {
  const [choices, setChoices] = useState<DuplicateChoice[]>(() => duplicates.map(() => 'skip'))
  const [applyToAll, setApplyToAll] = useState(false)
  // Ticking "apply to all" after choosing applies the choice made last (the first item's if none).
  const [lastChoice, setLastChoice] = useState<DuplicateChoice | null>(null)
  const headingId = useId()
  const choose = (index: number, choice: DuplicateChoice): void => {
    setLastChoice(choice)
    setChoices((current) => chooseFor(current, index, choice, applyToAll))
  }
  const toggleApplyToAll = (checked: boolean): void => {
    setApplyToAll(checked)
    if (checked) setChoices((current) => current.map(() => lastChoice ?? current[0] ?? 'skip'))
  }
  return (
    <div className="modal-backdrop">
      <section className="duplicates-dialog" role="dialog" aria-modal="true" aria-labelledby={headingId}>
        <h2 id={headingId}>
          {duplicates.length === 1 ? 'This file looks like an article you have' : `${duplicates.length} files look like articles you have`}
        </h2>
        <label className="apply-to-all">
          <input type="checkbox" checked={applyToAll} onChange={(event) => toggleApplyToAll(event.currentTarget.checked)} />
          Apply my choice to all
        </label>
        <ul className="duplicates-list">
          {duplicates.map((pending, index) => {
            const fileName = pending.found.article.document.path.split(/[\\/]/).pop()
            return (
              <li key={pending.found.article.document.path + index} data-testid="duplicate-item">
                <p>
                  <strong>{fileName}</strong> looks like “{pending.existingTitle}” ({Math.round(pending.found.similarity * 100)}% alike)
                </p>
                <div role="radiogroup" aria-label={`What to do with ${fileName}`} className="duplicate-choices">
                  {DUPLICATE_CHOICES.map((option) => (
                    <label key={option.value}>
                      <input
                        type="radio"
                        name={`${headingId}-${index}`}
                        checked={choices[index] === option.value}
                        onChange={() => choose(index, option.value)}
                        // Clicking the option already chosen changes nothing by itself, yet with
                        // "apply to all" ticked it must still apply to every other duplicate.
                        onClick={() => choose(index, option.value)}
                      />
                      {option.label}
                    </label>
                  ))}
                </div>
              </li>
            )
          })}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={() => onDone(choices)}>
            Continue
          </button>
        </div>
      </section>
    </div>
  )
}
