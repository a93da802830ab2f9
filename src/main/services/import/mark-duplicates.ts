// Marks which documents of one batch repeat an earlier one, so the user can choose per duplicate.
import type { ParsedDocument } from '../../../shared/model/document'
import { articlePlainText } from '../../../shared/model/text'
import { DuplicateIndex, signature } from '../../../shared/duplicates'

/** Sets duplicateOf on every document that near-duplicates an earlier input of the batch. */
export function markDuplicates(documents: readonly ParsedDocument[]): ParsedDocument[] {
  const index = new DuplicateIndex()
  const pathById = new Map<string, string>()
  return documents.map((document, position) => {
    if (document.status !== 'ok') return document
    const documentSignature = signature(articlePlainText(document.blocks))
    const match = index.findDuplicates(documentSignature)[0]
    const id = String(position)
    index.add(id, documentSignature)
    pathById.set(id, document.path)
    return match ? { ...document, duplicateOf: pathById.get(match.id) ?? null } : document
  })
}
