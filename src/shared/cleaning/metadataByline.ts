// Pages state their author in meta tags and byline markup as they please: "By  Ed Hornick, CNN",
// "By: Marguerite Reard", "Par LILIAN ALEMAGNA", "by Justin Yu  July 17, 2013 2:30 PM PDT",
// the author's profile URL, or the site's domain. The library and exports want the names.

const PREFIX = /^(?:(?:written|posted|story|reported|words|text)\s+)?(?:by|par|por)\b\s*[:\-–—]?\s*/i
// What follows the names on the same line: a separator, or a date or time (cut at its first digit).
const SEPARATOR = /\s+[|•·]\s+|\s*\n/
const TRAILING_MONTH =
  /\s*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i
const ADDRESS = /^(?:https?:\/\/|www\.)|:\/\/|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u
const MAX_WORDS = 12

/** The names in a byline from page metadata or markup, or null when it names no one (a URL, a date, a domain, a paragraph). */
export function cleanBylineValue(raw: string | null | undefined): string | null {
  if (!raw) return null
  let text = raw.split(SEPARATOR)[0]!.replace(/\s+/g, ' ').trim()
  text = text.replace(PREFIX, '')
  if (ADDRESS.test(text)) return null
  const digit = text.search(/\d/)
  if (digit >= 0) text = text.slice(0, digit).replace(TRAILING_MONTH, '')
  text = text.replace(/[\s,;:|–—-]+$/, '').trim()
  if (!/\p{L}/u.test(text) || text.split(' ').length > MAX_WORDS) return null
  return capitaliseShouted(text)
}

// "JORDAN ROBERTSON, AP" reads as "Jordan Robertson, AP": shouted names, up to the first comma or
// dash, get ordinary capitals; what follows is usually an agency, paper or role, left as written,
// and so is a lone word ("AP", "AFP").
function capitaliseShouted(text: string): string {
  const end = text.search(/,|\s[-–—]\s/)
  const names = end < 0 ? text : text.slice(0, end)
  if (!/\s/.test(names) || /\p{Ll}/u.test(names.replace(/\b(?:and|et|und)\b/gi, ''))) return text
  const capitalised = names.replace(/\p{L}[\p{L}'’]*/gu, (word) => (CONNECTIVE.test(word) ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase()))
  return end < 0 ? capitalised : capitalised + text.slice(end)
}

const CONNECTIVE = /^(?:and|et|und)$/i
