// A link in an article. It opens outside the reader (a new tab in the browser mode; the desktop
// app hands it to the system browser) and tells nothing to the site it opens. It does not drag:
// a press on it may start a selection to highlight, as on any other words, and a press that
// selected words opens nothing (Chromium counts it as a click on the link).
import type { MouseEvent, ReactElement, ReactNode } from 'react'

interface Props {
  href: string
  children: ReactNode
}

function keepSelecting(event: MouseEvent<HTMLAnchorElement>): void {
  const selection = window.getSelection()
  if (selection !== null && !selection.isCollapsed) event.preventDefault()
}

// A press that selected words focused the link on the way; the keys that follow (h to
// highlight) are the selection's, so the link lets focus go rather than show its ring.
function letGoAfterSelecting(event: MouseEvent<HTMLAnchorElement>): void {
  const link = event.currentTarget
  // The press may end anywhere on the page, so its release is heard there.
  window.addEventListener(
    'mouseup',
    () => {
      if (window.getSelection()?.isCollapsed === false) link.blur()
    },
    { once: true }
  )
}

/** An article's link to a web or mail address. */
export function ArticleLink({ href, children }: Props): ReactElement {
  return (
    <a
      className="article-link"
      href={href}
      title={href}
      target="_blank"
      rel="noopener noreferrer"
      referrerPolicy="no-referrer"
      draggable={false}
      onClick={keepSelecting}
      onMouseDown={letGoAfterSelecting}
    >
      {children}
    </a>
  )
}
