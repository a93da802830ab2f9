// Wire stories end on who reported and edited them, who took the last picture and whose copyright
// they are: "(Reporting by Sarah Chen; Editing by Tom Baker)", "Photograph: Jane Doe/AP",
// "Copyright 2024 The Associated Press. All rights reserved." Credits, not the story's last paragraph.
import type { Removal } from '../model/document'

const MAX_CREDIT_LENGTH = 300
// The label in any case, the name after it capitalised ("Reporting by local media …" is a
// sentence), and no sentence after it: bracketed, or ending without a full stop.
const WIRE_CREDIT_LABEL = /^\(?\s*(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\s+by\s+\p{Lu}/u
const BRACKETED = /^\(.*\)$/u
const SENTENCE_END = /[.!?]["”’)]*$/u
// "Photograph: Jane Doe/AP" left under the story by its last picture: a name, no sentence.
const PICTURE_CREDIT = /^(?:[Pp]hotograph|[Pp]hoto|[Pp]icture|[Ii]mage)s?\s*:\s*\p{Lu}[^.!?]{0,80}$/u
// "Copyright 2024 …", "© 2024 Reuters", "© Reuters": a year or the sign itself ("Copyright Office officials said …" is news).
const COPYRIGHT = /^(?:[Cc]opyright\s*(?:©\s*)?\d{4}\b|©\s*(?:\d{4}\b|\p{Lu}))/u

/** The lines without the credit and copyright lines that end them, and those lines as removals. */
export function dropTrailingCredits(lines: readonly string[]): { lines: string[]; removed: Removal[] } {
  let end = lines.length
  while (end > 0 && isCredit(lines[end - 1]!)) end--
  // A text that is nothing but such lines keeps them: they are then all it has to say.
  if (end === 0) return { lines: [...lines], removed: [] }
  return { lines: lines.slice(0, end), removed: lines.slice(end).map((text) => ({ kind: 'credit', text })) }
}

function isCredit(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length > MAX_CREDIT_LENGTH) return false
  if (WIRE_CREDIT_LABEL.test(trimmed)) return BRACKETED.test(trimmed) || !SENTENCE_END.test(trimmed)
  return PICTURE_CREDIT.test(trimmed) || COPYRIGHT.test(trimmed)
}
