// Bylines ("By Ngoc Hung - Anh Vu") and credits ("Translated by Mai Huong") sit at the
// start or end of a wire story; they are metadata, not body text.

/** What a byline or credit line says. */
export interface BylineLine {
  /** "author" for who wrote it; "credit" for a translator, editor or photographer. */
  role: 'author' | 'credit'
  names: string
}

// Names are a few capitalised words, optionally joined by "-", ",", "&" or "and" (or "et", "und",
// "y", "e", "en" in the languages whose labels are read below). The label is
// read case-blind and the names case-true ("By then it was too late." is a sentence), and the
// label must end as a word ("Authorities said …", "Byron Bay …" are not bylines).
const NAMES = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?:,|\s+(?:[-–—,&]|and|et|und|y|e|en|van|von|der|den|de|du|da|del|della|di|la|le|bin|binti|al|el|ibn|\p{Lu}[\p{L}.'’-]*)){0,11})\s*$`,
  'u'
)
// English labels and Vietnamese "Tác giả" in any text. "Par", "Por", "Von", "Di" and "Door" label
// a byline only in a text of their language: in English they open a headline ("Von Miller Signs").
const AUTHOR_LABEL = /^(?:by|written by|story by|reported by|author|auther|writer|reporter|tác giả)(?:\s*[:\-–]\s*|\s+)/iu
const AUTHOR_LABEL_IN: Readonly<Record<string, RegExp>> = {
  fr: /^(?:par|auteur|auteure)(?:\s*[:\-–]\s*|\s+)/iu,
  es: /^(?:por|autor|autora)(?:\s*[:\-–]\s*|\s+)/iu,
  pt: /^(?:por|autor|autora)(?:\s*[:\-–]\s*|\s+)/iu,
  de: /^(?:(?:ein|eine)\s+(?:kommentar|analyse|essay|gastbeitrag|bericht|reportage|interview|artikel)\s+von|von|autor|autorin)(?:\s*[:\-–]\s*|\s+)/iu,
  it: /^(?:di|autore|autrice)(?:\s*[:\-–]\s*|\s+)/iu,
  nl: /^(?:door|auteur)(?:\s*[:\-–]\s*|\s+)/iu
}
const CREDIT_LABEL = /^(?:translated|edited|compiled|photos?|photographs)\s+by(?:\s*:\s*|\s+)/iu

// What follows the names is the writer's role or agency ("By Sarah Chen, Staff Writer", "By Sarah
// Chen | Reuters"), not more names: after "|" always, after "," when it says so.
const ROLE_AFTER_BAR = /\s*\|.*$/u
// "Par Jean Dupont (Bruxelles, correspondant)", "By Sarah Chen (Reuters)": no name is in brackets.
const ROLE_IN_BRACKETS = /\s*\([^()]*\)\s*$/u
// The same roles in the languages whose labels are read below ("Par Jean Dupont, correspondant à
// Bruxelles", "Von Anna Schmidt, Korrespondentin").
const LOCAL_ROLES =
  'correspondant|correspondante|envoyée? spéciale?|journaliste|rédacteur|rédactrice|chroniqueur|chroniqueuse|korrespondent|korrespondentin|redakteur|redakteurin|reporterin|corresponsal|redactor|redactora|enviad[oa] especial|periodista|correspondente|repórter|jornalista|corrispondente|inviat[oa]|giornalista|verslaggever|redacteur'
const ROLE_AFTER_COMMA = new RegExp(
  String.raw`,\s*(?:[\p{L}.'’-]+\s+)*(?:writer|correspondent|editor|reporter|staff|contributor|columnist|journalist|producer|analyst|intern|reuters|ap|afp|associated press|bloomberg|dpa|efe|xinhua|vna|${LOCAL_ROLES})(?![\p{L}]).*$`,
  'iu'
)

// "By Popular Demand", "By Appointment Only", "BY ORDER OF THE BOARD", "By The Numbers": a phrase, no names.
const NOT_IN_NAMES =
  /(?:^|\s)(?:the|a|an|of|only|our|your|this|that|popular|demand|appointment|order|request|invitation|design|default|hand|heart|night|day|chance|accident|mistake|numbers)(?:\s|$)/iu

function namesAfter(label: RegExp, line: string, wordsEach = 1): string | null {
  const found = label.exec(line)
  if (found === null) return null
  const names = NAMES.exec(line.slice(found[0].length).replace(ROLE_AFTER_BAR, '').replace(ROLE_IN_BRACKETS, '').replace(ROLE_AFTER_COMMA, ''))
  if (names === null || NOT_IN_NAMES.test(names[1] ?? '')) return null
  const people = withoutPlace((names[1] ?? '').trim())
  return wordsEach > 1 && !eachHasWords(people, wordsEach) ? null : people
}

// "Martin Luther King, Jr.": a suffix of the name before it.
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/iu

// "Anna Schmidt, Berlin": after full names, one word alone is where the writer filed from ("By
// Smith, Jones" names two people by surname).
function withoutPlace(names: string): string {
  const parts = names.split(/\s*,\s*/)
  const place = parts.at(-1) ?? ''
  const before = parts.slice(0, -1)
  const isPlace = !/\s/.test(place) && !NAME_SUFFIX.test(place)
  return before.length > 0 && isPlace && before.every((name) => /\s/.test(name)) ? before.join(', ') : names
}

// Whether every name in a list of them ("Anna Schmidt und Max Müller") has at least `count` words.
const NAME_JOINER = /\s*[,&]\s*|\s+[-–—]\s+|\s+(?:and|et|und|y|e|en)\s+/u
const eachHasWords = (names: string, count: number): boolean =>
  names
    .trim()
    .split(NAME_JOINER)
    .every((name) => name.trim().split(/\s+/).length >= count)

/** Reads a line as a byline or credit, or null when it is not one; `language` (the text's) adds its own byline label. */
export function readBylineLine(line: string, language: string | null = null): BylineLine | null {
  const localLabel = language === null ? undefined : AUTHOR_LABEL_IN[language]
  // After a local label, names of one word are as often a phrase ("Par Avion", "Von Menschen und Mäusen").
  const author = namesAfter(AUTHOR_LABEL, line) ?? (localLabel ? namesAfter(localLabel, line, 2) : null)
  if (author !== null) return { role: 'author', names: author }
  const credit = namesAfter(CREDIT_LABEL, line)
  return credit === null ? null : { role: 'credit', names: credit }
}

/** A place's name: capitalised words, a comma allowed between them ("Kyiv, Ukraine"); no sentence. */
export const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,3}`

// A news page may sign a story without a label, the writer's role after the name, on its line or
// the next ("Peter Walker, Deputy political editor"; "Peter Walker" then "Deputy political
// editor"). The role must end the line, and the name be a person's, two to five capitalised words;
// where a signature may stand is the header's to say (unlabelledFields).
// A role may name where it is held ("Correspondent in Brussels", "correspondant à Bruxelles").
const ROLE_LINE = new RegExp(
  String.raw`^(?:[\p{L}'’-]+\s+){0,4}(?:(?:writer|correspondent|editor|reporter|columnist|journalist|producer|analyst|critic|commentator|reviewer)s?|${LOCAL_ROLES})(?:\s+(?:in|at|à|au|aux|en|im|in der|bei|em|no|na|a|te)\s+${PLACE_NAME})?$`,
  'iu'
)
// "our new climate correspondent", "Letters to the editor", "former editor": a phrase about a person, no role signed.
const NOT_A_ROLE = /(?:^|\s)(?:our|my|your|his|her|their|the|a|an|to|of|former|late)\s/iu

/** Whether the line is a writer's role alone ("Deputy political editor"). */
export const isRoleLine = (line: string): boolean => ROLE_LINE.test(line.trim()) && !NOT_A_ROLE.test(` ${line.trim()}`)
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|der|den|de|du|da|del|della|di|la|le|bin|al|el|ibn)){1,4}$/u
const NOT_A_NAME = /^(?:the|a|an|our|your|this|that|by)\s/i

/** The names a signature without a label gives, and how many lines it takes (1 or 2); null when the line is none. */
export function readRoleSignature(line: string, nextLine: string): { names: string; lines: 1 | 2 } | null {
  const comma = line.indexOf(', ')
  if (comma > 0 && isRoleLine(line.slice(comma + 2))) {
    const names = line.slice(0, comma).trim()
    return isPersonName(names) ? { names, lines: 1 } : null
  }
  // "Peter Walker Deputy political editor", the two run together as a page's layout copies them:
  // the shortest name of two words or more before a role.
  const words = line.trim().split(/\s+/)
  for (let count = 2; count <= 4 && count < words.length; count++) {
    const names = words.slice(0, count).join(' ')
    if (isPersonName(names) && isRoleLine(words.slice(count).join(' '))) return { names, lines: 1 }
  }
  return isPersonName(line.trim()) && isRoleLine(nextLine) ? { names: line.trim(), lines: 2 } : null
}

/** Whether the text names people: one or more names joined by "," or "and" ("Peter Walker and Jessica Elgot"). */
export const isPeopleNames = (text: string): boolean => text.split(/\s*,\s*|\s+and\s+/u).every(isPersonName)

/** Whether the text is a person's name: two to five capitalised words, a particle allowed inside. */
export const isPersonName = (text: string): boolean => PERSON_NAME.test(text) && !NOT_A_NAME.test(text)
