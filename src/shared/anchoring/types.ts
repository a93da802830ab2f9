// The outcome of placing a stored anchor in a (possibly changed) text; shared by
// `anchor()` and `reanchorAll()` so callers handle one shape.

/** Where an anchor landed: exactly on its quote, fuzzily, or nowhere (orphan, kept by the caller). */
export type AnchorResult = { status: 'exact' | 'fuzzy'; start: number; end: number; score: number } | { status: 'orphan' }

/** Result for a highlight that could not be placed. */
export const ORPHAN: AnchorResult = Object.freeze({ status: 'orphan' })
