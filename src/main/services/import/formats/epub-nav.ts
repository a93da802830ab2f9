// Reads the table of contents of an EPUB 3 navigation document (the manifest item with
// properties="nav"): the links of its <nav epub:type="toc">, in reading order. Other navs
// (landmarks, page lists) point at the same files with names that are not chapter titles.
import { parseHTML } from 'linkedom'
import { collapseWhitespace } from './html-to-blocks'

/** One entry of a table of contents: where it points (as written) and its title. */
export interface NavEntry {
  href: string
  title: string
}

/** The entries of an EPUB 3 navigation document's table of contents; none when it has no toc nav. */
export function readNavEntries(navDocument: string): NavEntry[] {
  const { document } = parseHTML(navDocument)
  const tocs = [...document.querySelectorAll('nav')].filter(isTableOfContents)
  const entries: NavEntry[] = []
  for (const toc of tocs) {
    for (const link of toc.querySelectorAll('a[href]')) {
      const title = collapseWhitespace(link.textContent ?? '')
      const href = link.getAttribute('href')
      if (title && href) entries.push({ href, title })
    }
  }
  return entries
}

// epub:type holds a space-separated list; role="doc-toc" is the ARIA equivalent some tools write.
function isTableOfContents(nav: Element): boolean {
  const types = (nav.getAttribute('epub:type') ?? '').split(/\s+/)
  return types.includes('toc') || nav.getAttribute('role') === 'doc-toc'
}
