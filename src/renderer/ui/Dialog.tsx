// Every dialog of the app on the native <dialog> element: showModal() makes the rest of the page
// inert (so focus is trapped inside and screen readers see only the dialog), Escape and (unless
// it asks for a decision) a click outside close it, and focus goes back to the control that opened it.
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react'

interface Props {
  /** The accessible name. */
  label: string
  onClose(): void
  /** Extra classes: "popover" places it under the reader toolbar instead of centred. */
  className?: string
  /** False for a dialog asking for a decision, which a stray click beside it must not make. */
  closesOnClickOutside?: boolean
  children: ReactNode
}

/** A modal dialog that closes on Escape, and on a click outside unless `closesOnClickOutside` is false. */
export function Dialog({ label, onClose, className, closesOnClickOutside = true, children }: Props): ReactElement {
  const ref = useRef<HTMLDialogElement>(null)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  }, [onClose])

  useEffect(() => {
    const dialog = ref.current!
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    return () => {
      if (dialog.open) dialog.close()
      opener?.focus({ preventScroll: true })
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault()
        close.current()
      }}
      // Keys pressed inside a dialog belong to it, never to the app's shortcuts behind it.
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Escape') {
          event.preventDefault()
          close.current()
        }
      }}
      // The dialog element itself is only hit outside the content: on the backdrop.
      onClick={(event) => closesOnClickOutside && event.target === event.currentTarget && close.current()}
    >
      <div className="dialog-content">{children}</div>
    </dialog>
  )
}

/** A dialog's title row with its close button. */
export function DialogHeader({ title, onClose, children }: { title: string; onClose(): void; children?: ReactNode }): ReactElement {
  return (
    <header className="dialog-header">
      <h2>{title}</h2>
      {children}
      <button type="button" className="button small icon" onClick={onClose} aria-label={`Close ${title.toLowerCase()}`}>
        ✕
      </button>
    </header>
  )
}
