// Obsidian and Logseq notes link with [[Page]], [[Page#Heading|shown text]] and embed with
// ![[file]]. Read as CommonMark these stay as bracketed source; a reader wants the words the
// note shows. Written here because the one markdown-it wiki-link plugin depends on a package
// fetched from GitHub (not installable offline) and renders HTML, where the importer needs tokens.
import type { MarkdownIt, StateInline } from 'markdown-it'

const WIKILINK = /^(!?)\[\[([^\]\n]+?)\]\]/
const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$/i

/** Adds wiki-links to a markdown-it parser: a link's shown text becomes text, an embedded image an image token. */
export function wikilinks(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'wikilink', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b && state.src.charCodeAt(state.pos) !== 0x21) return false
    const match = WIKILINK.exec(state.src.slice(state.pos))
    if (!match) return false
    const [whole, bang, inner = ''] = match
    if (!silent) pushLink(state, bang === '!', inner)
    state.pos += whole.length
    return true
  })
}

function pushLink(state: StateInline, embedded: boolean, inner: string): void {
  const [target = '', alias] = inner.split('|', 2).map((part) => part.trim())
  if (embedded && IMAGE_FILE.test(target)) {
    // An embedded picture is left out like any image, its name (or caption) reported.
    const image = state.push('image', 'img', 0)
    const alt = new state.Token('text', '', 0)
    alt.content = alias ?? target
    image.children = [alt]
    return
  }
  // "Page#Heading" shows as "Page > Heading" in Obsidian; a block reference "#^id" is not shown.
  const shown = alias ?? target.replace(/#\^[\w-]+$/, '').replace(/#/g, ' > ')
  const text = state.push('text', '', 0)
  text.content = shown
}
