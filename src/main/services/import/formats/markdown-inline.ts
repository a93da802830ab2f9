// The plain text a reader sees in one run of Markdown inline tokens: emphasis and link marks
// go, link text stays, images are dropped (their alt text reported), and raw inline HTML
// loses its tags; as in HTML files, no markup and no <script> or <style> content survives.
import { takePicture, type PictureSource } from './picture-budget'
import { openableHref, type Link } from '../../../../shared/model/links'
import { collapseKeepingSpans, joinSpanned, type SpannedText } from '../../../../shared/model/spanned-text'
import type { CodeSpan } from '../../../../shared/model/code-spans'
import type { Block } from '../../../../shared/model/document'
import { markdownParser, type Token } from './markdown-parser'
import { isLineBreakTag, isTextOnlyMarkup, rawHtmlToBlocks, type RawHtmlText } from './markdown-raw-html'

/** Plain text of a heading, paragraph or table cell, with the alt texts of the images it dropped. */
export interface InlineText {
  text: string
  /** The run's pictures that are kept, as image blocks to stand after its block. */
  images: Block[]
  /** The run's links to web or mail addresses (a relative link has no page to be relative to). */
  links: Link[]
  /** The run's code spans (`npm install`). */
  codeSpans: CodeSpan[]
  droppedImageAlts: string[]
}

interface Piece {
  text: string
  isMarkup: boolean
  /** A Markdown image, written as an <img> for when the run is read as HTML (its alt then reported in place). */
  isImage?: boolean
}

/** The number a footnote is shown with: its place among the notes, from 1. */
export function footnoteNumber(token: Token): number {
  return ((token.meta as { id?: number } | null)?.id ?? 0) + 1
}

const RAW_LINK_OPEN = /^<a\s(?:[^>]*?\s)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i
const RAW_LINK_CLOSE = /^<\/a\s*>$/i
// Inline HTML that sets code, keys or program output: <code>, <kbd>, <samp>, <tt>.
const RAW_CODE_TAG = /^<(\/?)(?:code|kbd|samp|tt)(?:\s[^>]*)?>$/i

/** The pieces from first up to (not including) last. */
interface PieceRange {
  first: number
  last: number
}

/** A code span's pieces; `verbatim` for a backtick span, whose spaces are the code's own (a raw <code> tag's collapse as in a browser). */
type CodeRange = PieceRange & { verbatim: boolean }

/** Reduces markdown-it inline tokens to plain text. */
export function inlineText(tokens: readonly Token[], pictures?: PictureSource): InlineText {
  const droppedImageAlts: string[] = []
  const images: Block[] = []
  const pieces: Piece[] = []
  // Links by the pieces they open and close at; one inside another is read as its text only.
  const linkPieces: (PieceRange & { href: string })[] = []
  let open: { first: number; href: string | null } | null = null
  let rawOpen: { first: number; href: string | null } | null = null
  const codePieces: CodeRange[] = []
  // Raw code tags open inside one another (<kbd><kbd>Ctrl</kbd>+<kbd>C</kbd></kbd>): the outermost is the span.
  let rawCodeFirst = 0
  let rawCodeDepth = 0
  for (const token of tokens) {
    switch (token.type) {
      case 'link_open':
        open ??= { first: pieces.length, href: openableHref(String(token.attrGet('href') ?? '')) }
        break
      case 'link_close':
        if (open?.href) linkPieces.push({ first: open.first, last: pieces.length, href: open.href })
        open = null
        break
      case 'text':
        pieces.push({ text: token.content, isMarkup: false })
        break
      case 'code_inline':
        codePieces.push({ first: pieces.length, last: pieces.length + 1, verbatim: true })
        pieces.push({ text: token.content, isMarkup: false })
        break
      case 'softbreak':
      case 'hardbreak':
        pieces.push({ text: '\n', isMarkup: false })
        break
      case 'html_inline': {
        // A link written in HTML (<a href="…">…</a>) is a link as one written in Markdown is.
        const codeTag = RAW_CODE_TAG.exec(token.content)
        if (codeTag?.[1] === '' && rawCodeDepth++ === 0) rawCodeFirst = pieces.length
        else if (codeTag?.[1] === '/' && rawCodeDepth > 0 && --rawCodeDepth === 0)
          codePieces.push({ first: rawCodeFirst, last: pieces.length, verbatim: false })
        const href = RAW_LINK_OPEN.exec(token.content)
        if (href) rawOpen ??= { first: pieces.length, href: openableHref(markdownParser.utils.unescapeAll(href[1] ?? href[2] ?? href[3] ?? '')) }
        else if (RAW_LINK_CLOSE.test(token.content)) {
          if (rawOpen?.href) linkPieces.push({ first: rawOpen.first, last: pieces.length, href: rawOpen.href })
          rawOpen = null
        }
        pieces.push(isLineBreakTag(token.content) ? { text: '\n', isMarkup: false } : { text: token.content, isMarkup: true })
        break
      }
      // A footnote reference reads as its number in brackets, as an HTML page's does ("rose[1]"),
      // so it neither vanishes nor glues to its word; the note itself is numbered to match.
      case 'footnote_ref':
        pieces.push({ text: `[${footnoteNumber(token)}]`, isMarkup: false })
        break
      case 'image': {
        const alt = inlineText(token.children ?? []).text
        // A picture the note holds or names beside it (read from disk) is kept; others are reported.
        // A note reports each picture it leaves out by its alternative text (or its file's name).
        const src = String(token.attrGet('src') ?? '')
        const counted = pictures?.leftOut ?? 0
        const kept = pictures ? takePicture(pictures, src, alt) : null
        if (pictures) pictures.leftOut = counted
        if (kept !== null) images.push(kept)
        else if (alt !== '' || /^[^:]+\.\w+$/.test(src)) droppedImageAlts.push(alt || (src.split('/').pop() ?? src))
        pieces.push({ text: `<img alt="${markdownParser.utils.escapeHtml(alt)}">`, isMarkup: true, isImage: true })
        break
      }
      // Emphasis, strikethrough and link marks, and a note's way back (its anchor), carry no text.
    }
  }
  const needsHtmlReader = pieces.some((piece) => piece.isMarkup && !piece.isImage && !isTextOnlyMarkup(piece.text))
  if (!needsHtmlReader) return { ...spannedText(pieces, linkPieces, codePieces), images, droppedImageAlts }
  // Read as HTML, every image of the run (Markdown's and raw <img>s) is reported in document
  // order, and its links and code are read as the HTML's own.
  const markup = readMarkup(pieces, linkPieces, codePieces)
  const texts = markup.blocks.filter((block) => block.text !== '')
  return { ...joinSpanned(texts, ' '), images: [], droppedImageAlts: markup.imageAlts }
}

// The run's text, markup left out, with each link and code span over the text of the pieces it spans.
function spannedText(pieces: readonly Piece[], linkPieces: readonly (PieceRange & { href: string })[], codePieces: readonly CodeRange[]): SpannedText {
  const starts: number[] = []
  let raw = ''
  for (const piece of pieces) {
    starts.push(raw.length)
    if (!piece.isMarkup) raw += piece.text
  }
  starts.push(raw.length)
  const links = linkPieces.map((link) => ({ start: starts[link.first]!, end: starts[link.last]!, href: link.href }))
  const spanOf = (code: PieceRange): CodeSpan => ({ start: starts[code.first]!, end: starts[code.last]! })
  const verbatim = codePieces.filter((code) => code.verbatim).map(spanOf)
  return collapseKeepingSpans(raw, links, codePieces.map(spanOf), { keepSpacesIn: verbatim })
}

// Any other tag may hide its content (<script>, <template>) or end a block (<div>), so the
// run is read as HTML, with the Markdown text escaped.
function readMarkup(pieces: readonly Piece[], linkPieces: readonly (PieceRange & { href: string })[], codePieces: readonly PieceRange[]): RawHtmlText {
  const escape = markdownParser.utils.escapeHtml
  // Markdown's links and code spans are written as the HTML tags they stand for, around their pieces.
  const opening = new Map<number, string>()
  const closing = new Map<number, string>()
  const wrap = (range: PieceRange, open: string, close: string): void => {
    opening.set(range.first, (opening.get(range.first) ?? '') + open)
    closing.set(range.last, close + (closing.get(range.last) ?? ''))
  }
  for (const link of linkPieces) wrap(link, `<a href="${escape(link.href)}">`, '</a>')
  for (const code of codePieces) wrap(code, '<code>', '</code>')
  let html = ''
  pieces.forEach((piece, index) => {
    html += (closing.get(index) ?? '') + (opening.get(index) ?? '') + (piece.isMarkup ? piece.text : escape(piece.text))
  })
  return rawHtmlToBlocks(html + (closing.get(pieces.length) ?? ''))
}
