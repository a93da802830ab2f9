// One end of the published-date filter: typed freely, applied when the field is left, so a
// half-typed date never filters the library.
import { useState, type ReactElement } from 'react'

/** A labelled date field that reports its value on blur. */
export function DateFilterInput({ label, name, onApply }: { label: string; name: string; onApply(date: string): void }): ReactElement {
  const [value, setValue] = useState('')
  return (
    <label className="date-filter">
      {label} <input type="date" aria-label={name} value={value} onChange={(event) => setValue(event.target.value)} onBlur={() => value && onApply(value)} />
    </label>
  )
}
