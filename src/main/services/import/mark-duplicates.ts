// Marks which documents of one batch repeat an earlier one (the `parse` CLI's duplicateOf).
import type { ParsedDocument } from '../../../shared/model/document'
import { DuplicateIndex } from '../../../shared/duplicates'
import type { ParseOutcome } from './parse-outcome'

/** Sets duplicateOf on every document that near-duplicates an earlier input of the batch. */
export function markDuplicates(outcomes: readonly ParseOutcome[]): ParsedDocument[] {
  const index = new DuplicateIndex()
  const pathById = new Map<string, string>()
  return outcomes.map(({ document, signature }, position) => {
    if (document.status !== 'ok' || signature === null) return document
    const match = index.findDuplicates(signature)[0]
    const id = String(position)
    index.add(id, signature)
    pathById.set(id, document.path)
    return match ? { ...document, duplicateOf: pathById.get(match.id) ?? null } : document
  })
}
