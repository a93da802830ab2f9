// Logseq writes a page's properties as its first lines ("title:: River notes", "author:: Lan
// Tran") and a block's under it ("id:: 6501a2b3-…", "collapsed:: true"). They are the app's
// bookkeeping, not the note's text: the page's title, author and date are read from them, and
// every property line leaves the text, recorded as removed so nothing goes unseen.
import type { Removal } from '../../../../shared/model/document'

/** The page's properties (keys lower-cased) and the note without any property line. */
export interface NoteProperties {
  page: Map<string, string>
  body: string
  removed: Removal[]
}

// "key:: value" alone on its line, in a list item's indentation or after its dash.
const PROPERTY = /^[ \t]*(?:[-*+][ \t]+)?([A-Za-z][\w-]*):: ?(.*)$/
const FENCE = /^[ \t]*(`{3,}|~{3,})/

/** Splits Logseq property lines off a Markdown note; code fences are left as written. */
export function splitNoteProperties(markdown: string): NoteProperties {
  const page = new Map<string, string>()
  const removed: Removal[] = []
  const kept: string[] = []
  let fence: string | null = null
  let atTop = true
  for (const line of markdown.split('\n')) {
    const opening = FENCE.exec(line)?.[1]
    if (opening && (fence === null || opening.startsWith(fence))) fence = fence === null ? opening : null
    const property = fence === null && !opening ? PROPERTY.exec(line) : null
    if (!property) {
      if (line.trim() !== '') atTop = false
      kept.push(line)
      continue
    }
    const [, key = '', value = ''] = property
    if (atTop) page.set(key.toLowerCase(), value.trim())
    removed.push({ kind: 'note-property', text: line.trim() })
  }
  return { page, body: kept.join('\n'), removed }
}
