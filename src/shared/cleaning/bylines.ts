// Bylines ("By Ngoc Hung - Anh Vu") and credits ("Translated by Mai Huong") sit at the
// start or end of a wire story; they are metadata, not body text.

/** What a byline or credit line says. */
export interface BylineLine {
  /** "author" for who wrote it; "credit" for a translator, editor or photographer. */
  role: 'author' | 'credit'
  names: string
}

// Names are a few capitalised words, optionally joined by "-", ",", "and" or "&". The label is
// read case-blind and the names case-true ("By then it was too late." is a sentence), and the
// label must end as a word ("Authorities said …", "Byron Bay …" are not bylines).
const NAMES = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?:,|\s+(?:[-–—,&]|and|van|von|der|den|de|du|da|del|della|di|la|le|bin|binti|al|el|ibn|\p{Lu}[\p{L}.'’-]*)){0,11})\s*$`,
  'u'
)
// English labels and Vietnamese "Tác giả"; "Par", "Por" and "Von" are left out: as often as
// they label a French, Spanish or German byline, they open an English headline ("Von Miller Signs").
const AUTHOR_LABEL = /^(?:by|written by|story by|reported by|author|auther|writer|reporter|tác giả)(?:\s*[:\-–]\s*|\s+)/iu
const CREDIT_LABEL = /^(?:translated|edited|compiled|photos?|photographs)\s+by(?:\s*:\s*|\s+)/iu

// What follows the names is the writer's role or agency ("By Sarah Chen, Staff Writer", "By Sarah
// Chen | Reuters"), not more names: after "|" always, after "," when it says so.
const ROLE_AFTER_BAR = /\s*\|.*$/u
const ROLE_AFTER_COMMA =
  /,\s*(?:[\p{L}.'’-]+\s+)*(?:writer|correspondent|editor|reporter|staff|contributor|columnist|journalist|producer|analyst|intern|reuters|ap|afp|associated press|bloomberg|dpa|efe|xinhua|vna)\b.*$/iu

function namesAfter(label: RegExp, line: string): string | null {
  const found = label.exec(line)
  if (found === null) return null
  const names = NAMES.exec(line.slice(found[0].length).replace(ROLE_AFTER_BAR, '').replace(ROLE_AFTER_COMMA, ''))
  return names === null ? null : (names[1] ?? '').trim()
}

/** Reads a line as a byline or credit, or null when it is not one. */
export function readBylineLine(line: string): BylineLine | null {
  const author = namesAfter(AUTHOR_LABEL, line)
  if (author !== null) return { role: 'author', names: author }
  const credit = namesAfter(CREDIT_LABEL, line)
  return credit === null ? null : { role: 'credit', names: credit }
}
