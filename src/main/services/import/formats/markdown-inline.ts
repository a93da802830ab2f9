// The plain text a reader sees in one run of Markdown inline tokens: emphasis and link marks
// go, link text stays, images are dropped (their alt text reported), and raw inline HTML
// loses its tags; as in HTML files, no markup and no <script> or <style> content survives.
import { collapseWhitespace } from './html-to-blocks'
import { markdownParser, type Token } from './markdown-parser'
import { isLineBreakTag, isTextOnlyMarkup, rawHtmlToBlocks, type RawHtmlText } from './markdown-raw-html'

/** Plain text of a heading, paragraph or table cell, with the alt texts of the images it dropped. */
export interface InlineText {
  text: string
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

/** Reduces markdown-it inline tokens to plain text. */
export function inlineText(tokens: readonly Token[]): InlineText {
  const droppedImageAlts: string[] = []
  const pieces: Piece[] = []
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        pieces.push({ text: token.content, isMarkup: false })
        break
      case 'softbreak':
      case 'hardbreak':
        pieces.push({ text: '\n', isMarkup: false })
        break
      case 'html_inline':
        pieces.push(isLineBreakTag(token.content) ? { text: '\n', isMarkup: false } : { text: token.content, isMarkup: true })
        break
      // A footnote reference reads as its number in brackets, as an HTML page's does ("rose[1]"),
      // so it neither vanishes nor glues to its word; the note itself is numbered to match.
      case 'footnote_ref':
        pieces.push({ text: `[${footnoteNumber(token)}]`, isMarkup: false })
        break
      case 'image': {
        const alt = inlineText(token.children ?? []).text
        if (alt !== '') droppedImageAlts.push(alt)
        pieces.push({ text: `<img alt="${markdownParser.utils.escapeHtml(alt)}">`, isMarkup: true, isImage: true })
        break
      }
      // Emphasis, strikethrough and link marks, and a note's way back (its anchor), carry no text.
    }
  }
  const needsHtmlReader = pieces.some((piece) => piece.isMarkup && !piece.isImage && !isTextOnlyMarkup(piece.text))
  if (!needsHtmlReader) return { text: collapseWhitespace(pieces.map((piece) => (piece.isMarkup ? '' : piece.text)).join('')), droppedImageAlts }
  // Read as HTML, every image of the run (Markdown's and raw <img>s) is reported in document order.
  const markup = readMarkup(pieces)
  return { text: collapseWhitespace(markup.blocks.map((block) => block.text).join(' ')), droppedImageAlts: markup.imageAlts }
}

// Any other tag may hide its content (<script>, <template>) or end a block (<div>), so the
// run is read as HTML, with the Markdown text escaped.
function readMarkup(pieces: readonly Piece[]): RawHtmlText {
  return rawHtmlToBlocks(pieces.map((piece) => (piece.isMarkup ? piece.text : markdownParser.utils.escapeHtml(piece.text))).join(''))
}
