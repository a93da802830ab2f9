// An article's signature is taken over its words: a numbered item's number is layout, not
// wording, so the same article imported with its list numbered and without is still a duplicate.
import type { Block } from '../model/document'
import { textWithoutItemNumber } from '../model/text'
import { signature } from './minhash'

/** The MinHash signature of an article's blocks, list numbers left out. */
export function documentSignature(blocks: readonly Block[]): Uint32Array {
  return signature(blocks.map(textWithoutItemNumber).join('\n\n'))
}
