// What the user decides for each import that looks like an article already in the library.

/** Skip the new file, keep it as a second article, or put its text into the existing one (keeping annotations). */
export type DuplicateChoice = 'skip' | 'keep-both' | 'replace'

/** The choices offered, in the order shown. */
export const DUPLICATE_CHOICES: readonly { value: DuplicateChoice; label: string }[] = [
  { value: 'skip', label: 'Skip' },
  { value: 'keep-both', label: 'Keep both' },
  { value: 'replace', label: 'Replace (keep annotations)' }
]

/**
 * Sets one duplicate's choice, or every duplicate's when applying to all. `targets` names the
 * library article each resembles: only one new file can take an article's place, so when two
 * would, the one just chosen (else the first) does and the others are skipped.
 */
export function chooseFor(
  choices: readonly DuplicateChoice[],
  index: number,
  choice: DuplicateChoice,
  applyToAll: boolean,
  targets: readonly string[] = []
): DuplicateChoice[] {
  const chosen = choices.map((current, position) => (applyToAll || position === index ? choice : current))
  const replacer = new Map<string, number>()
  if (chosen[index] === 'replace' && targets[index] !== undefined) replacer.set(targets[index], index)
  chosen.forEach((current, position) => {
    const target = targets[position]
    if (current === 'replace' && target !== undefined && !replacer.has(target)) replacer.set(target, position)
  })
  return chosen.map((current, position) => {
    const target = targets[position]
    return current === 'replace' && target !== undefined && replacer.get(target) !== position ? 'skip' : current
  })
}

/** How many duplicates got each choice, for the report. */
export function countChoices(choices: readonly DuplicateChoice[]): Record<DuplicateChoice, number> {
  const counts: Record<DuplicateChoice, number> = { skip: 0, 'keep-both': 0, replace: 0 }
  for (const choice of choices) counts[choice]++
  return counts
}
