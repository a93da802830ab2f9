// Obsidian and Logseq notes link with [[Page]], [[Page#Heading|shown text]] and embed with
// ![[file]]. Read as CommonMark these stay as bracketed source; a reader wants the words the
// note shows. Written here because the one markdown-it wiki-link plugin depends on a package
// fetched from GitHub (not installable offline) and renders HTML, where the importer needs tokens.
import type { MarkdownIt, StateInline } from 'markdown-it'

// Sticky, bounded and without brackets inside, so each position is tried in constant time (a
// line of a million "[" stays linear).
const WIKILINK = /(!?)\[\[([^[\]\n]{1,1000})\]\](?![([])/y
const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$/i
// An embedded picture's "|300" or "|300x200" is its size, not a caption.
const IMAGE_SIZE = /^\d+(?:x\d+)?$/

/** Adds wiki-links to a markdown-it parser: a link's shown text becomes text, an embedded image an image token. */
export function wikilinks(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'wikilink', (state: StateInline, silent: boolean) => {
    // Skipping over a link's label (the only silent pass), a wiki-link inside it ("[see [[Page]]](…)")
    // is left as brackets, or markdown-it would take it for a nested link and drop the link; the
    // label's own pass reads it.
    if (silent) return false
    const first = state.src.charCodeAt(state.pos)
    if (first !== 0x5b && first !== 0x21) return false
    WIKILINK.lastIndex = state.pos
    const match = WIKILINK.exec(state.src)
    // "[[1]](https://…)" and "[[2]][r]" are a link around "[1]": left to the link rule.
    if (!match || WIKILINK.lastIndex > state.posMax) return false
    const [, bang, inner = ''] = match
    pushLink(state, md, bang === '!', inner)
    state.pos = WIKILINK.lastIndex
    return true
  })
}

function pushLink(state: StateInline, md: MarkdownIt, embedded: boolean, inner: string): void {
  const bar = inner.indexOf('|')
  // Written as Markdown: backslash escapes and entities read as in any other text.
  const readable = (part: string): string => md.utils.unescapeAll(part).trim()
  const target = readable(bar < 0 ? inner : inner.slice(0, bar))
  const alias = bar < 0 ? '' : readable(inner.slice(bar + 1))
  if (embedded && IMAGE_FILE.test(target)) {
    // An embedded picture is an image named beside the note: kept when it can be read, else
    // reported by its caption (or name) like any image.
    const image = state.push('image', 'img', 0)
    image.attrs = [['src', encodeURI(target)]]
    const alt = new state.Token('text', '', 0)
    alt.content = alias && !IMAGE_SIZE.test(alias) ? alias : target
    image.children = [alt]
    return
  }
  // "Page#Heading" shows as "Page > Heading" in Obsidian; a block reference "#^id" is not shown.
  const shown =
    alias ||
    target
      .replace(/#\^[\w-]+$/, '')
      .replace(/^#/, '')
      .replace(/#/g, ' > ') ||
    target
  const text = state.push('text', '', 0)
  text.content = shown
}
