// A parsed document together with its near-duplicate signature, computed where the parsing
// happens (a worker thread) so neither main nor the renderer spends time hashing text.
import type { ParsedDocument } from '../../../shared/model/document'
import { documentSignature } from '../../../shared/duplicates'
import { parseDocument } from './parse-document'
import type { ReadOptions } from './formats/read-result'

/** One file's result: the document, and its MinHash signature when it parsed. */
export interface ParseOutcome {
  document: ParsedDocument
  signature: number[] | null
}

/** Parses one file and signs the article's text. */
export async function parseAndSign(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ParseOutcome> {
  const document = await parseDocument(path, bytes, options)
  return { document, signature: signDocument(document) }
}

/** The signature of an ok document's text, else null. */
export function signDocument(document: ParsedDocument): number[] | null {
  return document.status === 'ok' ? Array.from(documentSignature(document.blocks)) : null
}
