// Raw HTML written inside Markdown, read the way HTML files are (html-to-blocks): its text
// stays, its tags go, and what is never text (<script>, <style>, <iframe>…) goes entirely.
import { parseHTML } from 'linkedom'
import type { Block } from '../../../../shared/model/document'
import { collapseWhitespace, htmlToBlocks, type WalkableNode } from './html-to-blocks'

/** The text of a piece of raw HTML as blocks, and the alt texts of the images it leaves out (reported, as Markdown images are). */
export interface RawHtmlText {
  blocks: Block[]
  imageAlts: string[]
}

/** Blocks of the text in a piece of raw HTML from a Markdown file. */
export function rawHtmlToBlocks(html: string): RawHtmlText {
  // Wrapped whole, so a stray <body> or <html> tag in the Markdown cannot swallow the text around it.
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`)
  const body = document.body
  if (!body) return { blocks: [], imageAlts: [] }
  // Lazy-loading markup repeats each image in <noscript>; those copies are not reported again.
  const imageAlts = Array.from(body.querySelectorAll('img'))
    .filter((image) => image.closest('noscript, template') === null)
    .map((image) => collapseWhitespace(image.getAttribute('alt') ?? ''))
    .filter((alt) => alt !== '')
  return { blocks: htmlToBlocks(body as unknown as WalkableNode), imageAlts }
}

/** Whether an inline HTML tag is a line break, which reads as a space between words. */
export function isLineBreakTag(markup: string): boolean {
  return /^<br[\s/>]/i.test(markup)
}

// Tags that only style the text they wrap, and comments, are simply dropped: parsing a DOM
// for every run holding a <kbd> or <sup> would make such files many times slower to import.
const TEXT_ONLY_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr'
])
const TAG_NAME = /^<\/?([a-z][a-z0-9-]*)/i

/** Whether an inline HTML tag or comment can be dropped without reading it as HTML. */
export function isTextOnlyMarkup(markup: string): boolean {
  if (markup.startsWith('<!--')) return true
  const name = TAG_NAME.exec(markup)?.[1]?.toLowerCase()
  return name !== undefined && TEXT_ONLY_TAGS.has(name)
}
