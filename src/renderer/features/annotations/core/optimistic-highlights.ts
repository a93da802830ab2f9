// Highlights appear the moment they are made and vanish the moment they are removed; the
// database catches up a few milliseconds later. This merges what it has with what is pending.
import type { Highlight } from '../../../../shared/model/annotation'

/** Stored highlights without those being removed, plus those being created, in reading order. */
export function mergeOptimistic(stored: readonly Highlight[], pending: readonly Highlight[], removed: ReadonlySet<string>): Highlight[] {
  if (pending.length === 0 && removed.size === 0) return stored as Highlight[]
  const storedIds = new Set(stored.map((highlight) => highlight.id))
  return [...stored, ...pending.filter((highlight) => !storedIds.has(highlight.id))]
    .filter((highlight) => !removed.has(highlight.id))
    .sort((a, b) => a.start - b.start || a.end - b.end)
}
