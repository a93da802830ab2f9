// Reads an HTML file as an article: Readability finds the main content over linkedom (a
// fast DOM) and its text becomes blocks. Blocks are plain text with link spans (scripts,
// handlers and markup cannot survive flattening, and a link keeps only an absolute http(s) or
// mailto address; xss-vectors.test proves it), so DOMPurify is not run here: over jsdom it
// would cost more than Readability itself. sanitizeHtml is the guard for markup that would be
// rendered as markup; the reader renders none today.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Block, Removal } from '../../../../shared/model/document'
import { decodeText } from './decode-text'
import { readHtmlMetadata, type HtmlMetadata, type MetaDocument } from './html-metadata'
import { htmlToBlocks, type WalkableNode } from './html-to-blocks'
import { newPictureBudget, picturesLeftOut } from './picture-budget'
import { readMetadataDate } from './iso-date'
import { textOutsideArticle } from './outside-article'
import { cleanBylineValue } from '../../../../shared/cleaning/metadataByline'
import { stripSiteName, headlineByHeading } from '../../../../shared/cleaning/siteTitle'
import type { ReadOptions, ReadResult } from './read-result'
import { originalTextBlocks } from '../../../../shared/import/original-blocks'
import { webPageAddress } from '../../../../shared/model/links'

/** The article found in an HTML page, as blocks with the page's metadata. */
export interface HtmlArticle extends Omit<HtmlMetadata, 'siteNames' | 'address' | 'linkBase'> {
  /** The page's own web address: its stated one, else where a browser saved it from. */
  url: string | null
  blocks: Block[]
  /** The page's text that is not part of the article. */
  removed: Removal[]
  warnings: string[]
}

const MARKUP = /<(?:[a-z][\w-]*|!doctype|!--)[\s>/]/i

/** Reads an .html/.htm file's bytes (any encoding) into blocks and metadata. */
export function readHtmlFile(path: string, bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const decoded = decodeText(bytes, path, { declaredEncoding: sniffDeclaredCharset(bytes) })
  // Text saved under an .html name renders as one run-on paragraph; it is read as the text it is.
  if (!MARKUP.test(decoded.text)) return { kind: 'text', text: decoded.text, warnings: decoded.warnings }
  const article = extractHtmlArticle(decoded.text, options)
  return { kind: 'blocks', ...article, originalText: decoded.text, warnings: [...decoded.warnings, ...article.warnings] }
}

/** Extracts the main article of an HTML page as sanitised blocks plus title, byline, date and language. */
export function extractHtmlArticle(html: string, options: ReadOptions = {}): HtmlArticle {
  const { document } = parseHTML(asFullDocument(html))
  const metadata = readHtmlMetadata(document as unknown as MetaDocument)
  const savedFrom = savedFromAddress(html)
  const pageAddress = metadata.linkBase ?? savedFrom
  // Read before Readability, which rewrites the document as it searches.
  const headings = Array.from(document.querySelectorAll('h1'), (heading) => heading.textContent ?? '')
  const pageBlocks = document.body ? htmlToBlocks(document.body as unknown as WalkableNode, { pageAddress }) : []
  const warnings: string[] = []
  let parsed: ReturnType<Readability<WalkableNode>['parse']> = null
  try {
    // Handing back the article element itself spares serialising and re-parsing it.
    parsed = new Readability<WalkableNode>(document as unknown as Document, { serializer: (node) => node as unknown as WalkableNode }).parse()
  } catch {
    // Readability trips over some malformed pages; the whole-body fallback still gives the text.
  }
  const pictures = newPictureBudget(options.resolvePicture && besideThePage(options.resolvePicture, pageAddress))
  let blocks = parsed?.content ? htmlToBlocks(parsed.content, { pageAddress, pictures }) : []
  if (blocks.length === 0) {
    // The whole body, as read before Readability rewrote the document while searching.
    blocks = pageBlocks
    if (blocks.length > 0) warnings.push('No main article was found, so the whole page was imported')
  } else warnings.push(...picturesLeftOut(pictures.leftOut))
  const title = nonEmpty(parsed?.title) ?? metadata.title
  const byline = metadata.byline ?? cleanBylineValue(parsed?.byline)
  const headline = title && headlineByHeading(stripSiteName(title.replace(/\s+/g, ' '), [...metadata.siteNames, byline]), headings)
  // The headline and byline Readability took out of the text are shown above the article.
  const shown = [headline, title, byline, metadata.byline === null ? parsed?.byline : null].filter((text): text is string => Boolean(text))
  const removed = textOutsideArticle(pageBlocks, blocks, shown)
  return {
    title: headline,
    byline,
    source: metadata.source,
    url: metadata.address ?? savedFrom,
    ...(metadata.publishedAt === null && metadata.publishedPartial === null
      ? readMetadataDate(parsed?.publishedTime)
      : { publishedAt: metadata.publishedAt, publishedPartial: metadata.publishedPartial }),
    language: metadata.language ?? nonEmpty(parsed?.lang),
    blocks,
    removed,
    warnings
  }
}

// Readability writes a page's relative picture addresses out in full against its <base>
// ("Harbour_files/quay.jpg" becomes "https://news.example/coast/Harbour_files/quay.jpg"); read
// from disk, such a picture is looked for beside the file again, by its path under that base.
function besideThePage(resolve: (src: string, bytesLeft: number) => string | null, base: string | null): (src: string, bytesLeft: number) => string | null {
  const folder = base === null ? null : new URL('.', base).href
  return (src, bytesLeft) => resolve(folder !== null && src.startsWith(folder) ? src.slice(folder.length) : src, bytesLeft)
}

/** Every word of a page's body as blocks, with no part of the page left out and nothing cleaned. */
export function pageTextBlocks(html: string): Block[] {
  // Text saved under an .html name was read as text, and its original is that text's paragraphs.
  if (!MARKUP.test(html)) return originalTextBlocks(html)
  const { document } = parseHTML(asFullDocument(html))
  const body = document.body as unknown as WalkableNode | null
  const pageAddress = readHtmlMetadata(document as unknown as MetaDocument).linkBase ?? savedFromAddress(html)
  return body ? htmlToBlocks(body, { pageAddress }) : []
}

// Browsers mark a page saved to disk with where it came from ("<!-- saved from url=(0042)https://… -->"),
// and so does SingleFile ("<!-- Page saved with SingleFile \n url: https://… \n saved date: … -->").
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->|<!--\s*Page saved with SingleFile\s+url:\s*(\S+)/i

/** The address a browser saved the page from, if it says. */
export function savedFromAddress(html: string): string | null {
  const match = SAVED_FROM.exec(html.slice(0, 2048))
  return match ? webPageAddress(match[1] ?? match[2]!) : null
}

// linkedom builds no <html>/<body> for a bare fragment, and Readability needs both. Markup before
// <html> (an SEC filing's <DOCUMENT><TYPE>… envelope) would leave the page's body outside
// document.body, so the page is read from its <html> on; the envelope stays in the original text.
export function asFullDocument(html: string): string {
  const root = html.search(/<html[\s>]/i)
  if (root > 0 && /<[a-z]/i.test(html.slice(0, root))) return html.slice(root)
  return /<html[\s>]/i.test(html) || /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
}

/** Finds the charset an HTML file declares in a <meta> tag near its start, if any. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1')
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  return match?.[1] ?? null
}

function nonEmpty(value: string | null | undefined): string | null {
  const text = value?.trim()
  return text ? text : null
}
