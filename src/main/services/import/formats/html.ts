// Reads an HTML file as an article: Readability finds the main content over linkedom (a
// fast DOM) and its text becomes blocks. Blocks are plain text (scripts, handlers and URLs
// cannot survive flattening), so DOMPurify is not run here: over jsdom it would cost more
// than Readability itself. Markup that is rendered goes through sanitizeHtml instead.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Block } from '../../../../shared/model/document'
import { decodeText } from './decode-text'
import { readHtmlMetadata, type HtmlMetadata, type MetaDocument } from './html-metadata'
import { htmlToBlocks, type WalkableNode } from './html-to-blocks'
import { toIsoDate } from './iso-date'
import type { BlocksReadResult } from './read-result'

/** The article found in an HTML page, as blocks with the page's metadata. */
export interface HtmlArticle extends HtmlMetadata {
  blocks: Block[]
  warnings: string[]
}

/** Reads an .html/.htm file's bytes (any encoding) into blocks and metadata. */
export function readHtmlFile(path: string, bytes: Uint8Array): BlocksReadResult {
  const decoded = decodeText(bytes, path, { declaredEncoding: sniffDeclaredCharset(bytes) })
  const article = extractHtmlArticle(decoded.text)
  return { kind: 'blocks', ...article, originalText: decoded.text, warnings: [...decoded.warnings, ...article.warnings] }
}

/** Extracts the main article of an HTML page as sanitised blocks plus title, byline, date and language. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(asFullDocument(html))
  const metadata = readHtmlMetadata(document as unknown as MetaDocument)
  const warnings: string[] = []
  let parsed: ReturnType<Readability<WalkableNode>['parse']> = null
  try {
    // Handing back the article element itself spares serialising and re-parsing it.
    parsed = new Readability<WalkableNode>(document as unknown as Document, { serializer: (node) => node as unknown as WalkableNode }).parse()
  } catch {
    // Readability trips over some malformed pages; the whole-body fallback still gives the text.
  }
  let blocks = parsed?.content ? htmlToBlocks(parsed.content) : []
  if (blocks.length === 0) {
    // Readability rewrote the document while searching, so the body is taken from a fresh parse.
    const body = parseHTML(asFullDocument(html)).document.body as unknown as WalkableNode | null
    blocks = body ? htmlToBlocks(body) : []
    if (blocks.length > 0) warnings.push('No main article was found, so the whole page was imported')
  }
  return {
    title: nonEmpty(parsed?.title) ?? metadata.title,
    byline: metadata.byline ?? nonEmpty(parsed?.byline),
    publishedAt: metadata.publishedAt ?? toIsoDate(parsed?.publishedTime),
    language: metadata.language ?? nonEmpty(parsed?.lang),
    blocks,
    warnings
  }
}

// linkedom builds no <html>/<body> for a bare fragment, and Readability needs both.
function asFullDocument(html: string): string {
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
