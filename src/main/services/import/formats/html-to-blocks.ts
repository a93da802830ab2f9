// Flattens an HTML tree into Gloss's text blocks. Works on any DOM (jsdom, linkedom) through
// a minimal node shape, so html, epub and docx readers share one notion of structure.
import { parseHTML } from 'linkedom'
import type { Block, BlockKind } from '../../../../shared/model/document'
import { openableHref, shiftLinks, type Link } from '../../../../shared/model/links'
import { shiftCodeSpans, type CodeSpan } from '../../../../shared/model/code-spans'
import { isNumberedItem, itemMarker } from '../../../../shared/model/text'
import { collapseKeepingSpans } from '../../../../shared/model/spanned-text'
import { newPictureBudget, takePicture, type PictureSource } from './picture-budget'
import { preformatted } from './preformatted'
import { isBackLink, scriptText } from './script-text'

/** The few DOM node properties the walk needs; jsdom and linkedom nodes both fit. */
export interface WalkableNode {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  childNodes: ArrayLike<WalkableNode>
  /** Elements have it; a footnote reference is told by its link's target. */
  getAttribute?(name: string): string | null
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

const KIND_OF_TAG: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  figcaption: 'caption',
  caption: 'caption',
  blockquote: 'quote',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item'
}
// Elements that end the text before them and start a new block, though they carry no kind of their own.
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'hr',
  'address',
  'details',
  'summary',
  'body',
  'html',
  'hgroup'
])
// Inline elements whose text is code or what is typed or shown at a terminal.
const INLINE_CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt'])
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'button', 'select', 'iframe', 'object'])

/** Turns the text of an HTML tree into blocks: headings, paragraphs, captions, quotes, list items and code. */
export function htmlToBlocks(root: WalkableNode, options: BlockOptions = {}): Block[] {
  const walker = new BlockWalker(options.numberLists ?? true, options.pageAddress ?? null, options.pictures ?? newPictureBudget())
  walker.visit(root, 'paragraph')
  walker.flush('paragraph')
  return walker.blocks
}

/** Parses an HTML (or XHTML) document or fragment and turns the text of its body into blocks. */
export function markupToBlocks(html: string, options: BlockOptions = {}): Block[] {
  const wrapped = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`
  const body = parseHTML(wrapped).document.body as unknown as WalkableNode | null
  return body ? htmlToBlocks(body, options) : []
}

/** How markup is read. */
export interface BlockOptions {
  /** Whether a numbered list's items get their numbers written before their text (default yes). */
  numberLists?: boolean
  /** The page's own address, against which its relative links are resolved; without one they are left out. */
  pageAddress?: string | null
  /** Where pictures come from besides data addresses (a book's own files), and the budget several documents share. */
  pictures?: PictureSource
}

/** Collapses runs of white space (including non-breaking spaces) to single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
}

const CELL_SEPARATOR = ' · '
// Highlighters' classes for line numbers: Pygments' and Rouge's gutter cells, Hugo's and Prism's
// number spans. (Prism's "line-numbers" on the <pre> itself only switches them on.)
const LINE_NUMBER_CLASS = /(?:^|\s)(?:lineno|linenos|linenodiv|ln|lnt|line-numbers-rows|gutter)(?:\s|$)/

// Line numbers set beside or inside code, as highlighters class them.
function isLineNumbers(node: WalkableNode): boolean {
  return LINE_NUMBER_CLASS.test(node.getAttribute?.('class') ?? '')
}

// A table row laid out as a code listing with its line numbers in a cell of their own: a first
// cell whose <pre> holds nothing but consecutive numbers, when a later cell holds the code.
function lineNumberCell(row: WalkableNode): WalkableNode | null {
  const cells = elementChildren(row).filter((child) => /^t[dh]$/i.test(child.nodeName))
  const [first, ...rest] = cells
  const numbers = first ? preIn(first) : null
  return numbers !== null && countsLines(numbers) && rest.some((cell) => preIn(cell) !== null) ? first! : null
}

function elementChildren(node: WalkableNode): WalkableNode[] {
  return Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT_NODE)
}

function preIn(node: WalkableNode): WalkableNode | null {
  if (node.nodeName.toLowerCase() === 'pre') return node
  for (const child of elementChildren(node)) {
    const found = preIn(child)
    if (found) return found
  }
  return null
}

// Text of nothing but consecutive numbers (10, 11, 12…), two or more.
function countsLines(node: WalkableNode): boolean {
  const numbers = textOf(node).trim().split(/\s+/).map(Number)
  return numbers.length >= 2 && numbers.every((number, index) => Number.isInteger(number) && number === numbers[0]! + index)
}

interface ListContext {
  ordered: boolean
  /** 1 counting up, -1 down (a reversed list). */
  step: number
  next: number
}

// The start attribute of an ordered list, when it has one.
function startOf(list: WalkableNode): number | null {
  const start = Number.parseInt(list.getAttribute?.('start') ?? '', 10)
  return Number.isFinite(start) ? start : null
}

function itemCount(list: WalkableNode): number {
  return elementChildren(list).filter((child) => child.nodeName.toLowerCase() === 'li').length
}

// The text under a node, without what the walk skips (scripts, styles).
function textOf(node: WalkableNode): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? ''
  const tag = node.nodeName.toLowerCase()
  if (tag === 'br') return ' '
  if (SKIPPED_TAGS.has(tag)) return ''
  let text = ''
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]
    if (child) text += textOf(child)
  }
  return text
}

// A link to an anchor ("#fn1", or "notes.xhtml#n1" in a book's other chapter) is a note reference.
function linksToAnchor(node: WalkableNode): boolean {
  if (node.nodeName.toLowerCase() === 'a' && (node.getAttribute?.('href') ?? '').includes('#')) return true
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]
    if (child && child.nodeType === ELEMENT_NODE && linksToAnchor(child)) return true
  }
  return false
}

const isBlank = (pieces: readonly string[]): boolean => pieces.every((piece) => piece.trim() === '')

class BlockWalker {
  readonly blocks: Block[] = []
  private pendingText: string[] = []
  // The links in the pending text, by offsets into its joined pieces, and that text's length.
  private pendingLinks: Link[] = []
  // The inline code in the pending text, by the same offsets.
  private pendingCode: CodeSpan[] = []
  private pendingLength = 0
  private inLink = false
  private inCode = false
  private waitingImages: Block[] = []
  // Blocks ended so far: a link whose text spans two blocks (a card of heading and teaser) is no link of either.
  private flushes = 0
  // Blocks written so far for each open list item, innermost last: only an item's first block is
  // a bullet; its later paragraphs are paragraphs, not bullets of their own.
  private openItems: number[] = []
  // Cells seen in the table row being read: a row is one block, its cells set apart by " · "
  // (an empty cell keeps its place), so a row's label and values stay together.
  private rowCells = 0
  private inPre = false
  // The lists open around the walk, innermost last, and the number of each open item (null in a bulleted list).
  private lists: ListContext[] = []
  private itemNumbers: (number | null)[] = []
  // The first cell of the row being read when it holds the code's line numbers.
  private gutterCell: WalkableNode | null = null

  constructor(
    private readonly numberLists: boolean,
    private readonly pageAddress: string | null,
    private readonly pictures: PictureSource
  ) {}

  visit(node: WalkableNode, inheritedKind: BlockKind): void {
    if (node.nodeType === TEXT_NODE) {
      this.add(node.nodeValue ?? '')
      return
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return
    const tag = node.nodeName.toLowerCase()
    if (SKIPPED_TAGS.has(tag)) return
    if (tag === 'br') {
      this.add(this.inPre ? '\n' : ' ')
      return
    }
    // Inside <pre> every element is part of the preformatted text; one that is a block of its own
    // (a <div> per line, a nested <pre>) is a line of its own. Line numbers are no part of the code.
    if (this.inPre) {
      if (isLineNumbers(node)) return
      const ownLine = tag === 'pre' || BLOCK_TAGS.has(tag) || KIND_OF_TAG[tag] !== undefined
      if (ownLine) this.endPreLine()
      this.visitChildren(node, inheritedKind)
      if (ownLine) this.endPreLine()
      return
    }
    if (tag === 'sup' || tag === 'sub') {
      const text = textOf(node)
      this.add(scriptText(tag, text, { before: this.pendingText.at(-1) ?? '', linksToAnchor: linksToAnchor(node) }))
      return
    }
    if (tag === 'a' && isBackLink(textOf(node), node.getAttribute?.('href') ?? null)) return
    if (tag === 'a') {
      this.visitLink(node, inheritedKind)
      return
    }
    if (tag === 'img') {
      this.visitImage(node, inheritedKind)
      return
    }
    if (INLINE_CODE_TAGS.has(tag)) {
      this.visitInlineCode(node, inheritedKind)
      return
    }
    if (tag === 'pre') {
      this.visitPre(node, inheritedKind)
      return
    }
    if ((tag === 'td' || tag === 'th') && (node === this.gutterCell || isLineNumbers(node))) return
    if (tag === 'td' || tag === 'th') {
      if (this.rowCells++ > 0) this.add(CELL_SEPARATOR)
      this.visitChildren(node, inheritedKind)
      return
    }
    if (tag === 'tr') {
      this.rowCells = 0
      this.gutterCell = lineNumberCell(node)
    }
    const ownKind = KIND_OF_TAG[tag]
    const isBlock = ownKind !== undefined || BLOCK_TAGS.has(tag)
    if (!isBlock) {
      this.visitChildren(node, inheritedKind)
      return
    }
    // A heading or caption inside a quote or list item keeps its own role; plain paragraphs
    // inside a quote or list item take the container's role.
    const kind = ownKind ?? inheritedKind
    this.flush(inheritedKind)
    const list = tag === 'ol' || tag === 'ul' ? this.listContext(node, tag) : null
    if (list) this.lists.push(list)
    if (ownKind === 'list-item') {
      this.openItems.push(0)
      this.itemNumbers.push(tag === 'li' ? this.numberFor(node) : null)
    }
    this.visitChildren(node, kind)
    this.flush(kind)
    if (ownKind === 'list-item') {
      this.openItems.pop()
      this.itemNumbers.pop()
    }
    if (list) this.lists.pop()
    // A row's cells end with it: what follows the table is no cell.
    if (tag === 'tr') this.rowCells = 0
  }

  // Only a list counted in figures is numbered here (letters and roman numerals are left as
  // bullets rather than misnumbered), counting up from its start, or down when reversed.
  private listContext(list: WalkableNode, tag: 'ol' | 'ul'): ListContext {
    const type = list.getAttribute?.('type') ?? '1'
    const ordered = this.numberLists && tag === 'ol' && type === '1'
    const step = list.getAttribute?.('reversed') != null ? -1 : 1
    return { ordered, step, next: startOf(list) ?? (step < 0 ? itemCount(list) : 1) }
  }

  // An item of a numbered list is numbered as the page numbers it: from the list's start, or its own value.
  private numberFor(item: WalkableNode): number | null {
    const list = this.lists.at(-1)
    if (!list?.ordered) return null
    const own = Number.parseInt(item.getAttribute?.('value') ?? '', 10)
    const number = Number.isFinite(own) ? own : list.next
    list.next = number + list.step
    return number
  }

  /** Ends the pending block, then places the pictures that waited for it. */
  flush(kind: BlockKind): void {
    this.flushText(kind)
    if (this.waitingImages.length === 0) return
    this.blocks.push(...this.waitingImages)
    this.waitingImages = []
  }

  private flushText(kind: BlockKind): void {
    if (this.pendingText.length === 0) return
    const raw = this.pendingText.join('')
    // Code's lines are re-indented as a whole, so a link in code keeps its text only.
    const { text, links, codeSpans } =
      kind === 'code' ? { text: preformatted(raw), links: [], codeSpans: [] } : collapseKeepingSpans(raw, this.pendingLinks, this.pendingCode)
    this.pendingText = []
    this.pendingLinks = []
    this.pendingCode = []
    this.pendingLength = 0
    this.flushes++
    if (text === '') return
    const item = this.openItems.length - 1
    // Code that opens a list item takes its first place: the text after it is no second bullet.
    if (kind === 'code' && item >= 0) this.openItems[item]!++
    let marker = ''
    // A numbered item that opens with a heading ("<li><h3>Preheat</h3><p>…") is headed by its
    // number, and the text after it is no second item.
    const number = item >= 0 ? this.itemNumbers[item] : null
    if (kind === 'heading' && number != null && this.openItems[item] === 0) {
      // A heading that carries its own number ("3. Mix") keeps it.
      if (!isNumberedItem({ kind: 'list-item', text })) marker = `${number}. `
      this.openItems[item]!++
    }
    if (kind === 'list-item' && item >= 0) {
      const number = this.itemNumbers[item]
      if (this.openItems[item]! > 0) kind = 'paragraph'
      // A page that writes the number into the item itself ("1. Preheat") keeps its own.
      else if (number != null && !isNumberedItem({ kind, text })) marker = `${number}. `
      this.openItems[item]!++
    }
    const block: Block = { kind, text: marker + text }
    if (links.length > 0) block.links = shiftLinks(links, marker.length)
    if (codeSpans.length > 0) block.codeSpans = shiftCodeSpans(codeSpans, marker.length)
    this.blocks.push(block)
  }

  private add(text: string): void {
    this.pendingText.push(text)
    this.pendingLength += text.length
  }

  // A link's text is read as any inline text; the link itself is kept when it leads somewhere a
  // reader can open (see openableHref), is not inside code or another link, and covers words of
  // one block: part of it, or the whole of one block (a linked heading); a link around several
  // blocks (a card of heading and teaser) is no block's.
  private visitLink(node: WalkableNode, kind: BlockKind): void {
    const href = this.inPre || this.inLink ? null : openableHref(node.getAttribute?.('href') ?? '', this.pageAddress)
    if (href === null || this.isSamePage(href)) {
      this.visitChildren(node, kind)
      return
    }
    const start = this.pendingLength
    const [flushes, blocks, piecesBefore, countBefore] = [this.flushes, this.blocks.length, this.pendingText, this.pendingText.length]
    this.inLink = true
    this.visitChildren(node, kind)
    this.inLink = false
    if (flushes === this.flushes) {
      if (this.pendingLength > start) this.pendingLinks.push({ start, end: this.pendingLength, href })
      return
    }
    const block = this.blocks.at(-1)
    const wholeBlock = this.blocks.length === blocks + 1 && isBlank(piecesBefore.slice(0, countBefore)) && isBlank(this.pendingText)
    if (block && wholeBlock && block.kind !== 'code' && !block.links) block.links = [{ start: itemMarker(block).length, end: block.text.length, href }]
  }

  // Inline code is read as any inline text and marked as code when it lies within one block; code
  // inside code is one span.
  private visitInlineCode(node: WalkableNode, kind: BlockKind): void {
    if (this.inCode) {
      this.visitChildren(node, kind)
      return
    }
    const [start, flushes] = [this.pendingLength, this.flushes]
    this.inCode = true
    this.visitChildren(node, kind)
    this.inCode = false
    if (flushes === this.flushes && this.pendingLength > start) this.pendingCode.push({ start, end: this.pendingLength })
  }

  // A picture the page holds itself (a data address, as a page saved whole has them) is an image
  // block of its own; one the page would fetch is left out, as the reader fetches nothing. So are
  // pixels and icons, pictures in a table's cells, and what passes the article's picture budget.
  private visitImage(node: WalkableNode, kind: BlockKind): void {
    if (this.inPre) return
    const image = takePicture(this.pictures, node.getAttribute?.('src') ?? '', collapseWhitespace(node.getAttribute?.('alt') ?? ''), this.rowCells === 0)
    if (image === null) return
    // A picture inside a run of text (an inline icon, a picture in a link) waits for its block
    // to end, so the text around it stays one paragraph, heading or link.
    if (!isBlank(this.pendingText)) {
      this.waitingImages.push(image)
      return
    }
    this.flush(kind)
    this.blocks.push(image)
  }

  // A link to a place on the page itself (its notes, a section) leads nowhere once the page is an article.
  private isSamePage(href: string): boolean {
    if (this.pageAddress === null || !href.includes('#')) return false
    return href.split('#')[0] === this.pageAddress.split('#')[0]
  }

  // A <pre> is one code block whose line breaks and spacing stay as written. In a table row it
  // ends the row's text so far; the cells after it start afresh.
  private visitPre(node: WalkableNode, inheritedKind: BlockKind): void {
    // A highlighter's gutter (Rouge's <pre class="lineno">) is no part of the code.
    if (isLineNumbers(node)) return
    if (this.rowCells > 0) {
      while (this.pendingText.at(-1) === CELL_SEPARATOR) this.pendingLength -= this.pendingText.pop()!.length
      this.rowCells = 0
    }
    this.flush(inheritedKind)
    this.inPre = true
    this.visitChildren(node, 'code')
    this.inPre = false
    this.flush('code')
  }

  private endPreLine(): void {
    const last = this.pendingText.at(-1)
    if (last !== undefined && !/\n[ \t]*$/.test(last)) this.add('\n')
  }

  private visitChildren(node: WalkableNode, kind: BlockKind): void {
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) {
      const child = children[i]
      if (child) this.visit(child, kind)
    }
  }
}
