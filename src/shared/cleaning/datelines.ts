// Wire stories open with a dateline naming place, optional date and agency:
// "Hanoi (VNA) -", "Hanoi, December 22 (VNA) -". The agency is the story's source.

/** What a dateline at the start of a paragraph says. */
export interface Dateline {
  place: string
  /** The date as written in the dateline, e.g. "December 22"; null when absent. */
  date: string | null
  agency: string
  /** The whole dateline including its dash, e.g. "Hanoi (VNA) - ". */
  prefix: string
}

const MAX_DATELINE_LENGTH = 70
// An apposition after the dash ("Petrovietnam (PVN) - the state energy group …") is no dateline.
const DATELINE =
  /^(\p{Lu}[\p{L}.'’ -]{1,40}?)(?:,\s*(\p{Lu}\p{Ll}+\.? \d{1,2}(?:, \d{4})?))?\s*\((\p{Lu}[\p{L}&/ ]{0,20}?)\)\s*[-–—:]\s*(?!\s*(?:the|a|an|its|which|who|whose)\b)/u

/** Reads the dateline at the start of a paragraph, or null when it has none. */
export function readDateline(paragraph: string): Dateline | null {
  const bracket = paragraph.indexOf('(')
  if (bracket < 0 || bracket > MAX_DATELINE_LENGTH) return null
  const match = DATELINE.exec(paragraph)
  if (match === null) return null
  return { place: (match[1] ?? '').trim(), date: match[2] ?? null, agency: (match[3] ?? '').trim(), prefix: match[0] }
}
