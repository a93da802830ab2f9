// Reads an HTML page's own metadata (title, author, date, language) from its <meta> tags,
// JSON-LD and markup, before Readability rewrites the document.
import { collapseWhitespace } from './html-to-blocks'
import { readMetadataDate } from './iso-date'
import { cleanBylineValue } from '../../../../shared/cleaning/metadataByline'
import { webPageAddress } from '../../../../shared/model/links'

// A <time> says when the story was published only where a page puts its dateline: marked as the
// publication time, or in a header or byline. One in the story ("gates open on July 12") is not.
const PUBLICATION_TIME = [
  'time[pubdate][datetime]',
  'time[itemprop~="datePublished"][datetime]',
  'header time[datetime]',
  '[class*="byline"] time[datetime]',
  '[class*="dateline"] time[datetime]',
  '[class*="meta"] time[datetime]'
].join(', ')
// …or one that a dateline's words introduce: "Posted <time>", "Updated: <time>".
const DATELINE_WORDS = /^\s*(?:posted|published|updated|last updated|first published|date)\b/i

function publicationTime(document: MetaDocument): string | null {
  const marked = document.querySelector(PUBLICATION_TIME)?.getAttribute('datetime')
  if (marked) return marked
  const introduced = Array.from(document.querySelectorAll('time[datetime]')).find((time) => DATELINE_WORDS.test(time.parentElement?.textContent ?? ''))
  return introduced?.getAttribute('datetime') ?? null
}

/** The part of a DOM element this module reads; linkedom and jsdom elements both fit. */
interface MetaElement {
  getAttribute(name: string): string | null
  textContent: string | null
  parentElement?: { textContent: string | null } | null
}

/** The part of a DOM document this module reads. */
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null
  querySelectorAll(selector: string): ArrayLike<MetaElement>
  documentElement: MetaElement | null
}

/** Metadata found in an HTML page; each field null when the page does not say. */
export interface HtmlMetadata {
  title: string | null
  byline: string | null
  publishedAt: string | null
  /** The page's date as written when it names no year. */
  publishedPartial: string | null
  language: string | null
  /** The site or publisher: its stated name, else the host of the page's address. */
  source: string | null
  /** Every name the site goes by here, to strip from the title. */
  siteNames: string[]
  /** The page's own absolute web address (og:url, canonical). */
  address: string | null
  /** What the page's relative links are relative to: its <base>, resolved, else its own address. */
  linkBase: string | null
}

/** Reads title, author, publication date and language from an HTML document's head and markup. */
export function readHtmlMetadata(document: MetaDocument): HtmlMetadata {
  const metas = collectMetas(document)
  const linkedData = readLinkedData(document)
  return {
    title: metas.content(['property=og:title', 'name=twitter:title']) ?? nonEmpty(linkedData.headline) ?? textOf(document, 'title') ?? textOf(document, 'h1'),
    // article:author is often the author's page, which names no one: the next source is asked.
    byline: firstName([
      () => metas.content(['name=author']),
      () => metas.content(['property=article:author']),
      () => metas.content(['name=byl', 'name=dc.creator i']),
      () => linkedData.author,
      () => textOf(document, '[rel="author"]')
    ]),
    ...readMetadataDate(
      metas.content([
        'property=article:published_time',
        'name=article:published_time',
        'itemprop=datePublished',
        'name=date',
        'name=pubdate',
        'name=publishdate',
        'name=dc.date i'
      ]) ??
        linkedData.datePublished ??
        publicationTime(document) ??
        null
    ),
    language: nonEmpty(document.documentElement?.getAttribute('lang')) ?? metas.content(['http-equiv=content-language i', 'property=og:locale']),
    ...readSite(document, metas, linkedData),
    ...readAddresses(document, metas)
  }
}

// The page's stated address of itself; a <base> (itself maybe relative to that address) sets what relative links mean.
function readAddresses(document: MetaDocument, metas: Metas): Pick<HtmlMetadata, 'address' | 'linkBase'> {
  const address = webPageAddress(metas.content(['property=og:url'])) ?? webPageAddress(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))
  const base = webPageAddress(document.querySelector('base[href]')?.getAttribute('href'), address)
  return { address, linkBase: base ?? address }
}

function readSite(document: MetaDocument, metas: Metas, linkedData: LinkedData): Pick<HtmlMetadata, 'source' | 'siteNames'> {
  const stated = [metas.content(['property=og:site_name']), metas.content(['name=application-name']), linkedData.publisher]
    .filter((name): name is string => name !== null)
    .map((name) => name.replace(/^www\./i, ''))
  const address = metas.content(['property=og:url']) ?? nonEmpty(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))
  const host = address ? hostOf(address) : null
  return { source: stated[0] ?? host, siteNames: host ? [...stated, host] : stated }
}

// Only an absolute address names a host: a relative one ("/news/x.html", "story.html") would make
// "news" or "story.html" the site. A bare host ("www.elmundo.es/…") ends in letters that are no file type.
const BARE_HOST = /^[\w-]+(?:\.[\w-]+)*\.(?!(?:html?|php|aspx?|jsp|cgi|shtml|xml|json)(?:[/:?#]|$))[a-z]{2,}(?:[/:?#]|$)/i

function hostOf(address: string): string | null {
  const absolute = /^https?:\/\//i.test(address) ? address : address.startsWith('//') ? `http:${address}` : BARE_HOST.test(address) ? `http://${address}` : null
  if (absolute === null) return null
  try {
    return new URL(absolute).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}

const META_KEYS = ['property', 'name', 'itemprop', 'http-equiv']

/**
 * The page's <meta> tags read in one pass (a selector per field walked the whole document each
 * time). `content(keys)` answers as `meta[attribute="value"]` selectors tried in order would: the
 * first such tag in the document decides, even with empty content; a key ending in " i"
 * compares the value without case.
 */
interface Metas {
  content(keys: readonly string[]): string | null
}

function collectMetas(document: MetaDocument): Metas {
  const first = new Map<string, MetaElement>()
  const metas = document.querySelectorAll('meta')
  for (let index = 0; index < metas.length; index++) {
    const meta = metas[index]!
    for (const attribute of META_KEYS) {
      const value = meta.getAttribute(attribute)
      if (value === null) continue
      const exact = `${attribute}=${value}`
      const folded = `${attribute}=${value.toLowerCase()} i`
      if (!first.has(exact)) first.set(exact, meta)
      if (!first.has(folded)) first.set(folded, meta)
    }
  }
  return {
    content(keys) {
      for (const key of keys) {
        const value = nonEmpty(first.get(key)?.getAttribute('content'))
        if (value) return value
      }
      return null
    }
  }
}

function firstName(sources: readonly (() => string | null)[]): string | null {
  for (const source of sources) {
    const name = cleanBylineValue(source())
    if (name !== null) return name
  }
  return null
}

function textOf(document: MetaDocument, selector: string): string | null {
  return nonEmpty(document.querySelector(selector)?.textContent)
}

function nonEmpty(value: string | null | undefined): string | null {
  if (value == null) return null
  const text = collapseWhitespace(value)
  return text === '' ? null : text
}

interface LinkedData {
  headline: string | null
  author: string | null
  datePublished: string | null
  publisher: string | null
}

// Schema.org JSON-LD: the first article-like object that names a date, author or headline wins.
function readLinkedData(document: MetaDocument): LinkedData {
  const found: LinkedData = { headline: null, author: null, datePublished: null, publisher: null }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length; i++) {
    try {
      collectLinkedData(JSON.parse(scripts[i]?.textContent ?? ''), found, 0)
    } catch {
      // Broken JSON-LD is common on the web and only costs us a fallback source.
    }
  }
  return found
}

function collectLinkedData(value: unknown, found: LinkedData, depth: number): void {
  if (depth > 5 || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) collectLinkedData(item, found, depth + 1)
    return
  }
  const record = value as Record<string, unknown>
  if (typeof record.datePublished === 'string') found.datePublished ??= record.datePublished
  if (typeof record.headline === 'string') found.headline ??= record.headline
  found.author ??= authorName(record.author)
  found.publisher ??= authorName(record.publisher)
  if (record['@graph']) collectLinkedData(record['@graph'], found, depth + 1)
}

function authorName(author: unknown): string | null {
  if (typeof author === 'string') return nonEmpty(author)
  if (Array.isArray(author)) {
    const names = author.map(authorName).filter((name): name is string => name !== null)
    return names.length > 0 ? names.join(', ') : null
  }
  if (author && typeof author === 'object' && typeof (author as { name?: unknown }).name === 'string') {
    return nonEmpty((author as { name: string }).name)
  }
  return null
}
