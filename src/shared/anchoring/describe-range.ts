// Turns a selection in an article's plain text into the anchor we store, so the
// highlight can be found again after the text changes.
import { ANCHOR_CONTEXT_LENGTH, type TextAnchor } from '../model/annotation'

/** Builds the stored anchor (offsets, quote and surrounding context) for `text[start, end)`. */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  const from = clamp(Math.min(start, end), 0, text.length)
  const to = clamp(Math.max(start, end), 0, text.length)
  return {
    start: from,
    end: to,
    quote: text.slice(from, to),
    prefix: dropBrokenSurrogates(text.slice(Math.max(0, from - ANCHOR_CONTEXT_LENGTH), from)),
    suffix: dropBrokenSurrogates(text.slice(to, to + ANCHOR_CONTEXT_LENGTH))
  }
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min
  return Math.min(max, Math.max(min, Math.trunc(value)))
}

// A context cut at a fixed length can split an emoji in half; a lone surrogate
// would never match again and is invalid in exports.
function dropBrokenSurrogates(context: string): string {
  let from = 0
  let to = context.length
  if (to > 0 && isLowSurrogate(context.charCodeAt(0))) from = 1
  if (to > from && isHighSurrogate(context.charCodeAt(to - 1))) to -= 1
  return context.slice(from, to)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
