// A block's links: spans of its text and where they lead. The text stays the one coordinate
// system (highlights and search never see a link); a link only says that text[start, end) points
// at href. Only addresses a reader can open safely are kept: absolute http(s) and mailto.
import { z } from 'zod'

/** Longest address kept: longer ones are tracking debris, not a reader's link. */
export const MAX_HREF_LENGTH = 2048

/** One link: the block's text from start to end leads to href. */
export const LinkSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  href: z.string().max(MAX_HREF_LENGTH)
})
export type Link = z.infer<typeof LinkSchema>

const OPENABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * The address a link may keep: `href` resolved against the page's own address (when it has one)
 * and only if it is an absolute http(s) or mailto address. A page's anchor ("#notes"), a script
 * ("javascript:"), data and file addresses, and a relative address with no page address to
 * resolve it against give null: the text stays, the link goes.
 */
export function openableHref(href: string, base: string | null = null): string | null {
  const trimmed = href.trim()
  if (trimmed === '' || trimmed.startsWith('#')) return null
  let url: URL
  try {
    url = base === null ? new URL(trimmed) : new URL(trimmed, base)
  } catch {
    return null
  }
  if (!OPENABLE_PROTOCOLS.has(url.protocol)) return null
  if (url.protocol !== 'mailto:' && url.hostname === '') return null
  const resolved = url.href
  return resolved.length <= MAX_HREF_LENGTH ? resolved : null
}

/** An absolute web page address (http or https), normalised, or null for anything else (a name, a relative path, mail). */
export function webPageAddress(text: string | null | undefined, base: string | null = null): string | null {
  const address = text ? openableHref(text, base) : null
  return address?.startsWith('http') ? address : null
}

/** The site an address belongs to, as readers name it ("news.example" for https://www.news.example/a). */
export function siteOf(address: string): string {
  return new URL(address).hostname.replace(/^www\./, '')
}

/**
 * The links of a text that can be shown: inside the text, not empty, openable, in order and not
 * overlapping (the earlier one wins). Every stored, received or restored block passes through
 * this, so the reader and the exports never meet a link they cannot draw.
 */
export function usableLinks(text: string, links: readonly Link[] | undefined): Link[] {
  if (!links || links.length === 0) return []
  const usable: Link[] = []
  let reached = 0
  for (const link of [...links].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const start = Math.max(link.start, reached)
    const end = Math.min(link.end, text.length)
    const href = openableHref(link.href)
    if (href === null || end <= start || text.slice(start, end).trim() === '') continue
    usable.push({ start, end, href })
    reached = end
  }
  return usable
}

/** Links moved by `shift` characters (text was put before them), as a block's text grows at its start. */
export function shiftLinks(links: readonly Link[], shift: number): Link[] {
  return links.map((link) => ({ ...link, start: link.start + shift, end: link.end + shift }))
}
