// Cleaning repairs a block's text (a split glued word, junk taken out, mojibake mended), which
// moves the words its links cover. The links follow the same character diff that moves
// highlights when an article's text changes, so each stays on its own words even where the
// same words recur, and on what is left of them when a repair falls inside a link.
import { buildOffsetMap, mapRange } from '../anchoring/offset-map'
import type { Link } from '../model/links'

/** The links of `before` placed on the same words of `after`, the cleaned text; a link none of whose characters survive is left out. */
export function carryLinks(before: string, after: string, links: readonly Link[] | undefined): Link[] {
  const valid = (links ?? []).filter((link) => link.start >= 0 && link.end > link.start && link.end <= before.length)
  if (valid.length === 0 || before === after) return valid
  const map = buildOffsetMap(before, after)
  const carried: Link[] = []
  for (const link of valid) {
    const mapped = mapRange(map, link.start, link.end)
    if (mapped !== null && mapped.end > mapped.start) carried.push({ ...link, start: mapped.start, end: mapped.end })
  }
  return carried
}
