// An article's near-duplicate signature lives on its article record, as a compact Uint32Array,
// not in a table of its own: each IndexedDB write costs about the same whatever it holds, and a
// third write per imported article was a sixth of a large import's time. The library reads rows
// on screen and keys otherwise, so the extra half kilobyte per record costs it nothing. Read
// back leniently: a record without a well-formed signature is signed again from its text.
import { SIGNATURE_LENGTH } from '../../shared/duplicates'

/** The signature as an article record stores it. */
export const storedSignature = (values: ArrayLike<number>): Uint32Array => Uint32Array.from(values)

const isUint32 = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff

/** A stored article record's signature, or null when it has none or one of another shape. */
export function signatureOf(record: unknown): Uint32Array | null {
  const value = typeof record === 'object' && record !== null ? (record as { signature?: unknown }).signature : undefined
  if (value instanceof Uint32Array) return value.length === SIGNATURE_LENGTH ? value : null
  // Arrays are what the first version of the signatures table held.
  if (Array.isArray(value) && value.length === SIGNATURE_LENGTH && value.every(isUint32)) return Uint32Array.from(value as number[])
  return null
}
