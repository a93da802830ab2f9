// Plain text has no links, but a scraped article often spells out an address ("read the report at
// https://…", "write to desk@…"). Such an address becomes a link over its own text: the text is
// unchanged. linkify-it (markdown-it's own) finds them; bare domains ("example.com") are left
// alone, as a name like "Node.js" or "VietnamPlus.vn" is no promise of a page, but "www.…" is.
import { LinkifyIt } from 'linkify-it'
import type { Block } from '../model/document'
import { usableLinks } from '../model/links'

// Protocol-relative and FTP addresses are no link a reader can open from here.
const linkify = new LinkifyIt().set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false }).add('ftp:', null).add('//', null)

// A fuzzy match is kept only as "www.…", which is written to be an address.
const isWritten = (match: { schema: string; raw: string }): boolean => match.schema !== '' || /^www\./i.test(match.raw)

const MAY_HOLD_ADDRESS = /:\/\/|www\.|@|mailto:/i

/** The block with a link over each web or mail address written in its text (code is left as written). */
export function linkWrittenAddresses(block: Block): Block {
  // linkify-it's full-Unicode patterns cost more than the rest of cleaning; most blocks have no address at all.
  if (block.kind === 'code' || !MAY_HOLD_ADDRESS.test(block.text)) return block
  const matches = linkify.match(block.text)
  if (matches === null) return block
  const found = matches.filter(isWritten).map((match) => ({ start: match.index, end: match.lastIndex, href: match.url }))
  const links = usableLinks(block.text, [...(block.links ?? []), ...found])
  return links.length > 0 ? { ...block, links } : block
}
