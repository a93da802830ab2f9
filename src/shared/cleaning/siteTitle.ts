// Page titles carry the site's name, and often a section or author, around the headline:
// "Shovel Knight review: rewrite history | Polygon", "TechCrunch | 2005 Zuckerberg Didn’t Want
// To Take Over The World", "港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地".

// Separators between a headline and the site's name, with spaces either side ("COVID-19" is no separator).
const SEPARATOR = /(\s+(?:[|·•»–—-]|::)\s+)/
const COMMON_SUFFIXES = /(?:\.(?:com|org|net|co|gov|ac|news))?(?:\.[a-z]{2})?$/

/** A name reduced for comparison: lowercase letters and digits, without "www." or a domain ending. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(COMMON_SUFFIXES, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length

// A part names the site when it is the site's name, or a short part containing it ("BBC中文网" for
// "BBC") or contained in it ("Dustin Curtis" for "Dustin Curtis on Svbtle").
function namesSite(part: string, siteKeys: readonly string[]): boolean {
  const key = nameKey(part)
  if (key === '') return false
  const short = wordsIn(part) <= 4
  return siteKeys.some((site) => key === site || (short && site.length >= 3 && key.includes(site)) || (short && key.length >= 4 && site.includes(key)))
}

/**
 * The headline without the site's name (any of `siteNames`, which may include the author) at
 * either end. A short part beside the site's name at the end, set off by the same separator, is a
 * section or an author and goes too ("2012 map takes unfamiliar shape - Maggie Haberman -
 * POLITICO", "… - BBC中文网 - 两岸三地"), unless it holds a digit ("Chelsea 0 - 2 Arsenal",
 * "part 2"). A title that is nothing but parts naming the site stays.
 */
export function stripSiteName(title: string, siteNames: readonly (string | null)[]): string {
  const pieces = title.split(SEPARATOR)
  if (pieces.length < 3) return title
  const parts = pieces.filter((_, index) => index % 2 === 0)
  const siteKeys = siteNames.flatMap((name) => (name ? [nameKey(name)] : [])).filter((key) => key !== '')
  const isSite = (index: number): boolean => namesSite(parts[index]!, siteKeys)
  const separatorBefore = (index: number): string => pieces[index * 2 - 1]!.trim()
  const isTag = (index: number): boolean => !/\d/.test(parts[index]!) && isShortTag(parts[index]!, parts.slice(0, index).join(' '))
  let first = 0
  let last = parts.length - 1
  if (parts.length >= 3 && separatorBefore(last) === separatorBefore(last - 1)) {
    if ((isSite(last) && isTag(last - 1)) || (isSite(last - 1) && isTag(last))) last -= 2
  }
  while (last > first && isSite(last)) last--
  while (first < last && isSite(first)) first++
  return pieces
    .slice(first * 2, last * 2 + 1)
    .join('')
    .trim()
}

/**
 * The part of a "Headline | Site" title that the page's own main heading repeats, when one does:
 * with no site name to go by, the <h1> shows which side is the headline. Else the title as given.
 */
export function headlineByHeading(title: string, headings: readonly string[]): string {
  const pieces = title.split(SEPARATOR)
  if (pieces.length < 3) return title
  const wanted = new Set(headings.map(comparable))
  // A logo set as an <h1> repeats the site's name too: only a single matching part is the headline.
  const matching = pieces.filter((part, index) => index % 2 === 0 && wanted.has(comparable(part)))
  return matching.length === 1 ? (matching[0] ?? title).trim() : title
}

const comparable = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

// A section or author name: a few words, and much shorter than the headline before it.
function isShortTag(part: string, rest: string): boolean {
  return wordsIn(part) <= 4 && part.length <= 30 && rest.length >= part.length * 2
}
