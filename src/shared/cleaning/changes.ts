// The record every cleaning stage keeps of what it dropped or changed, so the
// pipeline can promise that nothing the file said is silently lost.
import type { Removal, Repair } from '../model/document'

/** What one stage dropped (removed) and changed in place (repairs). */
export interface Changes {
  removed: Removal[]
  repairs: Repair[]
}

/** A fresh, empty record of changes. */
export function noChanges(): Changes {
  return { removed: [], repairs: [] }
}

/** Appends the changes of a later stage to an accumulated record. */
export function mergeChanges(into: Changes, from: Changes): void {
  into.removed.push(...from.removed)
  into.repairs.push(...from.repairs)
}
