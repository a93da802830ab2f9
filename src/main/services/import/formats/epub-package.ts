// Reads an EPUB's package structure (container.xml → OPF → metadata, spine, table of
// contents) from its unzipped entries, without touching chapter content.
import { posix } from 'node:path'
import { readNavEntries } from './epub-nav'
import { ImportError } from './import-error'
import { readMetadataDate } from './iso-date'
import { parseXml } from './parse-xml'

/** Where an EPUB's chapters are, in reading order, and what its OPF says about the book. */
export interface EpubPackage {
  title: string | null
  byline: string | null
  publishedAt: string | null
  publishedPartial: string | null
  language: string | null
  /** Archive paths of the spine's chapters, in reading order. */
  chapterPaths: string[]
  /** Chapter titles from the table of contents (EPUB 3 nav, else EPUB 2 NCX), by archive path. */
  tocTitles: Map<string, string>
}

/** Finds an EPUB's OPF through container.xml and reads its metadata, spine and table of contents. */
export function readEpubPackage(files: Map<string, Uint8Array>, path: string): EpubPackage {
  const container = files.get('META-INF/container.xml')
  if (!container) throw new ImportError(path, 'is not a valid EPUB e-book (META-INF/container.xml is missing)')
  const rootfiles = asArray(dig(parseXml(container), 'container', 'rootfiles', 'rootfile'))
  const opfPath = rootfiles.map((rootfile) => attribute(rootfile, 'full-path')).find((value) => value !== null) ?? null
  const opfBytes = opfPath ? files.get(opfPath) : undefined
  if (!opfPath || !opfBytes) throw new ImportError(path, 'is damaged: its package file (OPF) is missing')

  const opf = dig(parseXml(opfBytes), 'package')
  const metadata = dig(opf, 'metadata')
  const opfFolder = posix.dirname(opfPath)
  const manifest = new Map<string, ManifestItem>()
  for (const item of asArray(dig(opf, 'manifest', 'item'))) {
    const id = attribute(item, 'id')
    const href = attribute(item, 'href')
    if (id && href) {
      const properties = (attribute(item, 'properties') ?? '').split(/\s+/)
      manifest.set(id, { path: resolveHref(opfFolder, href), mediaType: attribute(item, 'media-type') ?? '', properties })
    }
  }
  const chapterPaths = asArray(dig(opf, 'spine', 'itemref'))
    .filter((itemref) => attribute(itemref, 'linear') !== 'no')
    .map((itemref) => manifest.get(attribute(itemref, 'idref') ?? '')?.path)
    .filter((chapterPath): chapterPath is string => chapterPath !== undefined)

  const ncxId = attribute(dig(opf, 'spine'), 'toc')
  const ncx = ncxId ? manifest.get(ncxId) : [...manifest.values()].find((item) => item.mediaType === 'application/x-dtbncx+xml')
  const nav = [...manifest.values()].find((item) => item.properties.includes('nav'))
  // The EPUB 3 navigation document is the book's own table of contents; the NCX, kept for
  // EPUB 2 readers, names the chapters it leaves out.
  const tocTitles = new Map([...(ncx ? readNcxTitles(files, ncx.path) : []), ...(nav ? readNavTitles(files, nav.path) : [])])
  return {
    title: textOf(dig(metadata, 'title')),
    byline: asArray(dig(metadata, 'creator')).map(textOf).filter(Boolean).join(', ') || null,
    ...readMetadataDate(textOf(dig(metadata, 'date'))),
    language: textOf(dig(metadata, 'language')),
    chapterPaths,
    tocTitles
  }
}

interface ManifestItem {
  path: string
  mediaType: string
  properties: string[]
}

function readNavTitles(files: Map<string, Uint8Array>, navPath: string): Map<string, string> {
  const titles = new Map<string, string>()
  const bytes = files.get(navPath)
  if (!bytes) return titles
  try {
    for (const { href, title } of readNavEntries(new TextDecoder('utf-8').decode(bytes))) {
      const chapterPath = resolveHref(posix.dirname(navPath), href)
      if (!titles.has(chapterPath)) titles.set(chapterPath, title)
    }
  } catch {
    // As with the NCX, a broken navigation document only costs chapter headings.
  }
  return titles
}

// EPUB 2's NCX names each chapter; EPUB 3 books usually ship one too for old readers.
function readNcxTitles(files: Map<string, Uint8Array>, ncxPath: string): Map<string, string> {
  const titles = new Map<string, string>()
  const bytes = files.get(ncxPath)
  if (!bytes) return titles
  const visit = (navPoints: unknown[]): void => {
    for (const navPoint of navPoints) {
      const label = textOf(dig(navPoint, 'navLabel', 'text'))
      const src = attribute(dig(navPoint, 'content'), 'src')
      if (label && src) {
        const chapterPath = resolveHref(posix.dirname(ncxPath), src)
        if (!titles.has(chapterPath)) titles.set(chapterPath, label)
      }
      visit(asArray(dig(navPoint, 'navPoint')))
    }
  }
  try {
    visit(asArray(dig(parseXml(bytes), 'ncx', 'navMap', 'navPoint')))
  } catch {
    // A broken table of contents only costs chapter headings; the chapters still read.
  }
  return titles
}

/** Resolves a manifest href (URL-encoded, maybe with a #fragment) against the folder of the file naming it. */
export function resolveHref(folder: string, href: string): string {
  const withoutFragment = href.split('#')[0] ?? ''
  let decoded = withoutFragment
  try {
    decoded = decodeURIComponent(withoutFragment)
  } catch {
    // A malformed escape is kept literally; the lookup then simply fails.
  }
  return posix.normalize(posix.join(folder, decoded)).replace(/^\.\//, '')
}

function dig(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys) {
    if (Array.isArray(current)) current = current[0]
    if (!current || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function attribute(value: unknown, name: string): string | null {
  const found = dig(value, `@_${name}`)
  return typeof found === 'string' ? found : null
}

function textOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value
  const text = typeof first === 'string' ? first : typeof first === 'number' ? String(first) : dig(first, '#text')
  return typeof text === 'string' && text.trim() !== '' ? text.trim().replace(/\s+/g, ' ') : null
}
