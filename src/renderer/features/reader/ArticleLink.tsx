// A link in an article. It opens outside the reader (a new tab in the browser mode; the desktop
// app hands it to the system browser), tells nothing to the site it opens, and does not drag:
// a press on it may start a selection to highlight, as on any other words.
import type { ReactElement, ReactNode } from 'react'

interface Props {
  href: string
  children: ReactNode
}

/** An article's link to a web or mail address. */
export function ArticleLink({ href, children }: Props): ReactElement {
  return (
    <a className="article-link" href={href} title={href} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer" draggable={false}>
      {children}
    </a>
  )
}
