// After an import, each new file that looks like an article already in the library is listed
// for the user to skip, keep as a second article, or put in place of the old text. Escape skips
// them all, which changes nothing in the library.
import { useId, useState, type ReactElement } from 'react'
import { Dialog } from '../../ui/Dialog'
import { chooseFor, DUPLICATE_CHOICES, type DuplicateChoice } from './core/duplicate-choices'
import type { PendingDuplicate } from './use-import'
import './import.css'

/** The duplicates dialog: one choice per duplicate, with "apply to all". */
export function DuplicatesDialog({ duplicates, onDone }: { duplicates: readonly PendingDuplicate[]; onDone(choices: DuplicateChoice[]): void }): ReactElement {
  const [choices, setChoices] = useState<DuplicateChoice[]>(() => duplicates.map(() => 'skip'))
  const [applyToAll, setApplyToAll] = useState(false)
  // Ticking "apply to all" after choosing applies the choice made last (the first item's if none).
  const [lastChoice, setLastChoice] = useState<{ index: number; choice: DuplicateChoice } | null>(null)
  const groupName = useId()
  const targets = duplicates.map((pending) => pending.existingId)
  const choose = (index: number, choice: DuplicateChoice): void => {
    setLastChoice({ index, choice })
    setChoices((current) => chooseFor(current, index, choice, applyToAll, targets))
  }
  const toggleApplyToAll = (checked: boolean): void => {
    setApplyToAll(checked)
    // The file chosen for last keeps its place as the one to replace its article.
    if (checked) setChoices((current) => chooseFor(current, lastChoice?.index ?? 0, lastChoice?.choice ?? current[0] ?? 'skip', true, targets))
  }
  const fileNameOf = (pending: PendingDuplicate): string => pending.found.article.document.path.split(/[\\/]/).pop() ?? ''
  const title = duplicates.length === 1 ? 'This file looks like an article you have' : `${duplicates.length} files look like articles you have`
  const skipAll = (): void => onDone(duplicates.map(() => 'skip'))
  return (
    <Dialog label={title} className="duplicates-dialog" onClose={skipAll} closesOnClickOutside={false}>
      <h2>{title}</h2>
      <label className="apply-to-all">
        <input type="checkbox" checked={applyToAll} onChange={(event) => toggleApplyToAll(event.currentTarget.checked)} />
        Apply my choice to all
      </label>
      <ul className="duplicates-list">
        {duplicates.map((pending, index) => {
          const fileName = fileNameOf(pending)
          const earlier = duplicates.slice(0, index).find((other) => other.existingId === pending.existingId)
          return (
            <li key={pending.found.article.document.path + index} data-testid="duplicate-item">
              <p>
                <strong>{fileName}</strong> looks like “{pending.existingTitle}” ({Math.round(pending.found.similarity * 100)}% alike)
              </p>
              {earlier && <p className="duplicate-note">As does {fileNameOf(earlier)}: only one of them can replace it.</p>}
              <div role="radiogroup" aria-label={`What to do with ${fileName}`} className="duplicate-choices">
                {DUPLICATE_CHOICES.map((option) => (
                  <label key={option.value}>
                    <input
                      type="radio"
                      name={`${groupName}-${index}`}
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
        <button type="button" className="button" onClick={skipAll}>
          Skip all
        </button>
        <button type="button" className="button primary" onClick={() => onDone(choices)}>
          Continue
        </button>
      </div>
    </Dialog>
  )
}
