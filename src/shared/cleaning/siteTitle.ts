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
 * The headline without the site's name (any of `siteNames`, which may include the author) at either end. With three or more
 * parts, a last short part is a section or an author and goes too ("2012 map takes unfamiliar
 * shape - Maggie Haberman - POLITICO"). A title that is nothing but parts naming the site stays.
 */
export function stripSiteName(title: string, siteNames: readonly (string | null)[]): string {
  const pieces = title.split(SEPARATOR)
  if (pieces.length < 3) return title
  const parts = pieces.filter((_, index) => index % 2 === 0)
  const siteKeys = siteNames.flatMap((name) => (name ? [nameKey(name)] : [])).filter((key) => key !== '')
  let first = 0
  let last = parts.length - 1
  while (last > first && namesSite(parts[last]!, siteKeys)) last--
  while (first < last && namesSite(parts[first]!, siteKeys)) first++
  if (parts.length >= 3 && last > first && isShortTag(parts[last]!, parts.slice(first, last).join(' '))) last--
  while (last > first && namesSite(parts[last]!, siteKeys)) last--
  return pieces
    .slice(first * 2, last * 2 + 1)
    .join('')
    .trim()
}

// A section or author name: a few words, and much shorter than the headline before it.
function isShortTag(part: string, rest: string): boolean {
  return wordsIn(part) <= 4 && part.length <= 30 && rest.length >= part.length * 2
}
