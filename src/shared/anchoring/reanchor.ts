// Moves every highlight of an article to its new text after an edit (re-cleaning,
// restoring the original, merging a duplicate): one diff serves all highlights, and
// only those the diff cannot vouch for are searched for with `anchor()`.
import type { TextAnchor } from '../model/annotation'
import { anchor } from './anchor'
import { buildOffsetMap, mapOffset, mapRange, type OffsetMap } from './offset-map'
import { recoverEnds } from './recover-ends'
import type { AnchorResult } from './types'

/** Re-anchors `anchors`, stored against `oldText`, in `newText`; one result per anchor, in order. */
export function reanchorAll(oldText: string, newText: string, anchors: readonly TextAnchor[]): AnchorResult[] {
  const map =
    oldText === newText
      ? { oldStarts: Int32Array.of(0), newStarts: Int32Array.of(0), lengths: Int32Array.of(oldText.length) }
      : buildOffsetMap(oldText, newText)
  return anchors.map((target) => followEdit(map, oldText, newText, target))
}

/** Share of a quote that may be lost while the diff alone still places the highlight on its words. */
const MAX_LOST_SHARE = 0.25
/** Up to this share lost, the highlight shrinks to what survived rather than being searched for elsewhere. */
const MAX_SHRINK_SHARE = 0.5
/** Quotes shorter than this could be a coincidental match inside rewritten text unless their context survived too. */
const SHORT_QUOTE_LENGTH = 24
/** Text inserted inside a highlight (a new sentence) stays inside it, up to the quote's length plus this. */
const MAX_INSERTED = 256

function followEdit(map: OffsetMap, oldText: string, newText: string, target: TextAnchor): AnchorResult {
  const { start, end, quote } = target
  if (quote.length === 0) return anchor(newText, target)
  // A stale anchor (its offsets no longer fit the old text) cannot be mapped; search instead.
  if (oldText.slice(start, end) !== quote) return search(newText, target, mapOffset(map, start), false)

  const mapped = mapRange(map, start, end)
  if (!mapped) return search(newText, target, mapOffset(map, start), true)
  if (newText.slice(mapped.start, mapped.end) === quote) {
    return { status: 'exact', start: mapped.start, end: mapped.end, score: 1 }
  }

  const range = recoverEnds(newText, mapped, target)
  const found = mapped.kept + range.recovered
  const lost = quote.length - found
  const added = Math.max(0, range.end - range.start - found)
  const trusted = added <= quote.length + MAX_INSERTED && (quote.length >= SHORT_QUOTE_LENGTH || contextSurvived(map, target))
  if (trusted && lost <= Math.max(1, Math.floor(quote.length * MAX_LOST_SHARE))) {
    const status = newText.slice(range.start, range.end) === quote ? 'exact' : 'fuzzy'
    return { status, start: range.start, end: range.end, score: found / (quote.length + added) }
  }
  // Part of the passage was removed: keep the highlight on what is left of it
  // rather than stretching it over neighbouring text, as a fuzzy search would.
  if (trusted && lost <= quote.length * MAX_SHRINK_SHARE) {
    return { status: 'fuzzy', start: range.start, end: range.end, score: found / (quote.length + added) }
  }
  return search(newText, target, mapped.start, true)
}

function contextSurvived(map: OffsetMap, target: TextAnchor): boolean {
  const contextLength = target.prefix.length + target.suffix.length
  if (contextLength === 0) return true
  const before = mapRange(map, target.start - target.prefix.length, target.start)?.kept ?? 0
  const after = mapRange(map, target.end, target.end + target.suffix.length)?.kept ?? 0
  return (before + after) / contextLength >= 0.5
}

// Searching from the diff's best guess: the stored offsets refer to the old text,
// so the quote is expected where the diff says it went. When the diff says the
// passage was removed, a lookalike elsewhere must also match the context.
function search(text: string, target: TextAnchor, expectedStart: number, passageRemoved: boolean): AnchorResult {
  const expected = { ...target, start: expectedStart, end: expectedStart + target.quote.length }
  return anchor(text, expected, { requireContext: passageRemoved })
}
