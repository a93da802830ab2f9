// Notes are stored as Tiptap (ProseMirror) JSON; Markdown exports need them as Markdown.
// The JSON is opaque stored data, so every field is checked and unknown nodes degrade to text.
import type { Note } from '../model/annotation'
import { markdownCodeFence, markdownCodeSpan } from './markdown-code'
import { asBlockquote, escapeMarkdown } from './escape-markdown'

type JsonNode = Record<string, unknown>
interface Mark {
  type: string
  href: string
}

// Deeper documents are flattened to text rather than risking the call stack.
const MAX_DEPTH = 64

/** Converts a Tiptap StarterKit document to Markdown; unknown nodes become their plain text. */
export function tiptapToMarkdown(doc: unknown): string {
  if (!isNode(doc)) return ''
  return renderBlock(doc, 0).trim()
}

/** A note as Markdown: its rich document when present, else its escaped plain text. */
export function noteToMarkdown(note: Note | null): string {
  if (note === null) return ''
  const fromDoc = note.doc === null ? '' : tiptapToMarkdown(note.doc)
  return fromDoc !== '' ? fromDoc : escapeMarkdown(note.text.trim())
}

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : []
}

function attr(node: JsonNode, name: string): unknown {
  return isNode(node.attrs) ? node.attrs[name] : undefined
}

function renderBlocks(nodes: JsonNode[], depth: number): string {
  return nodes
    .map((node) => renderBlock(node, depth + 1))
    .filter((block) => block !== '')
    .join('\n\n')
}

function renderBlock(node: JsonNode, depth: number): string {
  if (depth > MAX_DEPTH) return escapeMarkdown(plainTextOf(node))
  const children = childrenOf(node)
  switch (node.type) {
    case 'doc':
      return renderBlocks(children, depth)
    case 'paragraph':
      return renderInline(children)
    case 'heading': {
      const level = Number(attr(node, 'level'))
      const hashes = '#'.repeat(Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 1)
      const text = renderInline(children).replace(/\n/g, ' ')
      return text === '' ? '' : `${hashes} ${text}`
    }
    case 'bulletList':
      return renderList(children, depth, () => '- ')
    case 'orderedList': {
      const start = Number(attr(node, 'start'))
      const first = Number.isInteger(start) && start >= 0 ? start : 1
      return renderList(children, depth, (index) => `${first + index}. `)
    }
    case 'blockquote': {
      const inner = renderBlocks(children, depth)
      return inner === '' ? '' : asBlockquote(inner)
    }
    case 'codeBlock':
      return renderCodeBlock(node)
    case 'horizontalRule':
      return '---'
    case 'listItem':
      return renderBlocks(children, depth)
    case 'text':
    case 'hardBreak':
      return renderInline([node])
    default:
      return escapeMarkdown(plainTextOf(node).trim())
  }
}

function renderList(items: JsonNode[], depth: number, marker: (index: number) => string): string {
  return items
    .map((item, index) => {
      const prefix = marker(index)
      const indent = ' '.repeat(prefix.length)
      const body = renderBlock(item, depth + 1)
      return (
        prefix +
        body
          .split('\n')
          .map((line, i) => (i === 0 || line === '' ? line : indent + line))
          .join('\n')
      )
    })
    .join('\n')
}

function renderCodeBlock(node: JsonNode): string {
  const language = attr(node, 'language')
  const info = typeof language === 'string' ? language.replace(/[^\w+#.-]/g, '') : ''
  return markdownCodeFence(plainTextOf(node), info)
}

/** Renders inline nodes, opening and closing marks across runs so `**a** *b*` stays well-formed. */
function renderInline(nodes: JsonNode[]): string {
  let out = ''
  let open: Mark[] = []
  const close = (keep: number): void => {
    // Emphasis cannot close after whitespace, so trailing spaces move outside the markers.
    const trailing = /\s*$/.exec(out)?.[0] ?? ''
    out = out.slice(0, out.length - trailing.length)
    for (const mark of open.slice(keep).reverse()) out += closing(mark)
    out += trailing
    open = open.slice(0, keep)
  }
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      close(0)
      out += '\\\n'
      continue
    }
    const text = node.type === 'text' && typeof node.text === 'string' ? node.text : plainTextOf(node)
    if (text === '') continue
    const marks = marksOf(node)
    const code = marks.some((mark) => mark.type === 'code')
    const wanted = marks.filter((mark) => mark.type !== 'code')
    let keep = 0
    while (keep < open.length && keep < wanted.length && sameMark(open[keep], wanted[keep])) keep++
    close(keep)
    const leading = code ? '' : (/^\s*/.exec(text)?.[0] ?? '')
    out += leading
    for (const mark of wanted.slice(keep)) out += opening(mark)
    open = wanted
    out += code ? markdownCodeSpan(text) : escapeMarkdown(text.slice(leading.length))
  }
  close(0)
  return out.replace(/\\\n$/, '')
}

const MARK_ORDER = ['link', 'bold', 'italic', 'strike']

function marksOf(node: JsonNode): Mark[] {
  if (!Array.isArray(node.marks)) return []
  const marks: Mark[] = []
  for (const raw of node.marks) {
    if (!isNode(raw) || typeof raw.type !== 'string') continue
    const href = attr(raw, 'href')
    if (raw.type === 'code' || MARK_ORDER.includes(raw.type)) {
      marks.push({ type: raw.type, href: typeof href === 'string' ? href : '' })
    }
  }
  return marks.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))
}

function sameMark(a: Mark | undefined, b: Mark | undefined): boolean {
  return a !== undefined && b !== undefined && a.type === b.type && a.href === b.href
}

function opening(mark: Mark): string {
  return { link: '[', bold: '**', italic: '*', strike: '~~' }[mark.type] ?? ''
}

function closing(mark: Mark): string {
  if (mark.type === 'link') return `](${linkDestination(mark.href)})`
  return opening(mark)
}

function linkDestination(href: string): string {
  // Angle brackets allow spaces and parentheses; only `<`, `>` and newlines must be encoded.
  return `<${href.replace(/[<>\n\r]/g, (c) => encodeURIComponent(c))}>`
}

/** All text under a node, iteratively so any depth is safe; block children go on separate lines. */
function plainTextOf(root: JsonNode): string {
  let out = ''
  const stack: Array<JsonNode | string> = [root]
  while (stack.length > 0) {
    const item = stack.pop() as JsonNode | string
    if (typeof item === 'string') {
      out += item
      continue
    }
    if (typeof item.text === 'string') out += item.text
    else if (item.type === 'hardBreak') out += '\n'
    const children = childrenOf(item)
    const label = attr(item, 'label')
    if (children.length === 0 && typeof item.text !== 'string' && typeof label === 'string') out += label
    const inline = children.every((child) => child.type === 'text' || child.type === 'hardBreak')
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i] as JsonNode)
      if (i > 0 && !inline) stack.push('\n')
    }
  }
  return out
}
