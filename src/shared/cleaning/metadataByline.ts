// Pages state their author in meta tags and byline markup as they please: "By  Ed Hornick, CNN",
// "By: Marguerite Reard", "Par LILIAN ALEMAGNA", "by Justin Yu  July 17, 2013 2:30 PM PDT",
// the author's profile URL, or the site's domain. The library and exports want the names.

const PREFIX = /^(?:(?:written|posted|story|reported|words|text)\s+)?(?:by|par|por)\b\s*[:\-–—]?\s*/i
// What follows the names on the same line: a separator, or a date or time (cut at its first digit).
const SEPARATOR = /\s+[|•·]\s+|\s*\n/
const TRAILING_MONTH =
  /\s*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i
const ADDRESS = /^(?:https?:\/\/|www\.)|:\/\/|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u
// A paragraph taken for a byline is refused; a long list of names (JSON-LD authors) is not.
const MAX_WORDS = 12
const MAX_LIST_WORDS = 60
const MIN_LIST_CAPITALS = 0.7

/** The names in a byline from page metadata or markup, or null when it names no one (a URL, a date, a domain, a paragraph). */
export function cleanBylineValue(raw: string | null | undefined): string | null {
  if (!raw) return null
  // Markup often puts "By" on a line of its own: the first line naming someone counts.
  const line = raw
    .split(SEPARATOR)
    .map((part) => part.replace(/\s+/g, ' ').trim().replace(PREFIX, ''))
    .find((part) => /\p{L}/u.test(part))
  if (line === undefined || ADDRESS.test(line)) return null
  const text = withoutDate(line)
  if (!/\p{L}/u.test(text) || !isNameLength(text)) return null
  return capitaliseShouted(text)
}

// Cut at the first digit, and a month name just before it, unless that leaves a single name
// ("Brian May 3 hours ago" keeps "Brian May").
function withoutDate(line: string): string {
  const stamped = line.replace(/\s+(?:posted|updated|published|last updated)\b.*$/i, '')
  const digit = stamped.search(/\d/)
  let text = digit < 0 ? stamped : stamped.slice(0, digit)
  const withoutMonth = text.replace(TRAILING_MONTH, '')
  // The last name before the month must keep two words ("Roger Taylor and Brian May 3 hours ago").
  const lastName =
    withoutMonth
      .trim()
      .split(/,|\s(?:and|&|et|y)\s/i)
      .at(-1) ?? ''
  if (digit >= 0 && lastName.trim().split(' ').length >= 2) text = withoutMonth
  return text
    .replace(SOCIAL_HANDLE, '')
    .replace(TRAILING_LINKS, '')
    .replace(/[\s,;:|–—-]+$/, '')
    .replace(TRAILING_LEAD_IN, '')
    .replace(/[\s,;:|–—-]+$/, '')
    .trim()
}

// What a cut date leaves behind ("Jane Smith on", "Jane Smith @"), and profile links beside the name.
const TRAILING_LEAD_IN = /(?:\s+(?:on|at)|\s*@)+$/
const SOCIAL_HANDLE = /\s*\(@[\w.]+\)/g
const TRAILING_LINKS = /(?:\s+(?:email|e-mail|twitter|facebook|linkedin|instagram|bluesky|threads|mastodon))+$/i

function isNameLength(text: string): boolean {
  const words = text.split(' ')
  if (words.length <= MAX_WORDS) return true
  const names = words.filter((word) => !/^(?:and|et|y|und|&)$/i.test(word))
  return words.length <= MAX_LIST_WORDS && names.filter((word) => /^\p{Lu}/u.test(word)).length >= names.length * MIN_LIST_CAPITALS
}

// "JORDAN ROBERTSON, AP" reads as "Jordan Robertson, AP": shouted names, up to the first comma or
// dash, get ordinary capitals (after an apostrophe too: O'Brien); what follows is usually an
// agency, paper or role, left as written, and so are a lone word and agencies' initials.
function capitaliseShouted(text: string): string {
  const end = text.search(/,|\s[-–—]\s/)
  const names = end < 0 ? text : text.slice(0, end)
  if (!/\s/.test(names) || /\p{Ll}/u.test(names.replace(/\b(?:and|et|und)\b/gi, ''))) return text
  const capitalised = names.replace(/\p{L}+/gu, (word, offset: number) => {
    if (CONNECTIVE.test(word)) return word.toLowerCase()
    if (AGENCY_INITIALS.has(word)) return word
    // After an apostrophe a name part starts ("O'Brien"), but a possessive "s" is no name.
    const possessive = word.length === 1 && /['’]$/.test(names.slice(0, offset))
    return possessive ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase()
  })
  return end < 0 ? capitalised : capitalised + text.slice(end)
}

const CONNECTIVE = /^(?:and|et|und)$/i
const AGENCY_INITIALS = new Set([
  'AP',
  'AFP',
  'UPI',
  'BBC',
  'CNN',
  'NBC',
  'ABC',
  'CBS',
  'NPR',
  'PBS',
  'VNA',
  'DPA',
  'EFE',
  'TASS',
  'PTI',
  'ANI',
  'IANS',
  'AAP',
  'CNA',
  'RFI',
  'DW',
  'USA'
])
