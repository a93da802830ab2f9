// What the user decides for each import that looks like an article already in the library.

/** Skip the new file, keep it as a second article, or put its text into the existing one (keeping annotations). */
export type DuplicateChoice = 'skip' | 'keep-both' | 'replace'

/** The choices offered, in the order shown. */
export const DUPLICATE_CHOICES: readonly { value: DuplicateChoice; label: string }[] = [
  { value: 'skip', label: 'Skip' },
  { value: 'keep-both', label: 'Keep both' },
  { value: 'replace', label: 'Replace (keep annotations)' }
]

/** Sets one duplicate's choice, or every duplicate's when applying to all. */
export function chooseFor(choices: readonly DuplicateChoice[], index: number, choice: DuplicateChoice, applyToAll: boolean): DuplicateChoice[] {
  return choices.map((current, position) => (applyToAll || position === index ? choice : current))
}

/** How many duplicates got each choice, for the report. */
export function countChoices(choices: readonly DuplicateChoice[]): Record<DuplicateChoice, number> {
  const counts: Record<DuplicateChoice, number> = { skip: 0, 'keep-both': 0, replace: 0 }
  for (const choice of choices) counts[choice]++
  return counts
}
