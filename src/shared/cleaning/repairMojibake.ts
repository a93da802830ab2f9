// Text saved as UTF-8 but read as Windows-1252 turns "’" into "â€™". This re-reads such
// sequences as the UTF-8 bytes they were, and only where they decode cleanly.
import type { Changes } from './changes'
import { noChanges } from './changes'
import { tokenBounds } from './tokenBounds'

/** The repaired text and one Repair per token that changed. */
export interface MojibakeRepair extends Changes {
  text: string
}

// Windows-1252 gives these characters to bytes 0x80–0x9F; every other byte maps to the same code point.
const WINDOWS_1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f
}
const CONTINUATION = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™šœžŸ›]'
// A UTF-8 lead byte (0xC2–0xF4) as Windows-1252, then its continuation bytes.
const SUSPECT = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}{1,3}`, 'gu')

// ignoreBOM keeps a decoded byte-order mark as a character instead of swallowing it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Re-decodes UTF-8 that was misread as Windows-1252 (e.g. "Vietnamâ€™s" → "Vietnam’s"). */
export function repairMojibake(text: string): MojibakeRepair {
  const changes = noChanges()
  if (!/[\u00C2-\u00F4]/.test(text)) return { text, ...changes }
  const candidates: Edit[] = []
  for (const match of text.matchAll(SUSPECT)) {
    const decoded = decodeSequence(match[0])
    if (decoded !== null) candidates.push({ start: match.index, end: match.index + decoded.consumed, replacement: decoded.text })
  }
  const edits = candidates.filter((edit, index) => isPlausible(edit, candidates[index - 1], candidates[index + 1]))
  if (edits.length === 0) return { text, ...changes }
  recordTokenRepairs(text, edits, changes)
  let repaired = ''
  let position = 0
  for (const edit of edits) {
    repaired += text.slice(position, edit.start) + edit.replacement
    position = edit.end
  }
  return { text: repaired + text.slice(position), ...changes }
}

// A letter, an ellipsis and a closing quote ("gì…”", "café…”") are also valid UTF-8 for a Hangul
// or CJK character. Punctuation and Latin letters (’, —, ệ) are trusted alone; a character of
// another script only inside a run of such sequences, as a whole misread word gives ("ä¸­æ–‡").
const TRUSTED_ALONE: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x024f], // Latin-1 and Latin Extended (two-byte sequences are limited to these)
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese ệ, ở, ữ
  [0x2000, 0x22ff], // punctuation, currency, letterlike symbols, number forms, arrows, maths
  [0x2460, 0x27bf], // enclosed numbers, box drawing, shapes, symbols, dingbats
  [0xfb00, 0xfb06], // Latin ligatures
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // a misread byte-order mark ("ï»¿"), dropped as junk after
  [0xfffd, 0xfffd], // a misread replacement character
  [0x1f000, 0x1faff] // emoji: four misread bytes ("ðŸ˜€") hardly occur as text
]

function isPlausible(edit: Edit, before: Edit | undefined, after: Edit | undefined): boolean {
  const code = edit.replacement.codePointAt(0) ?? 0
  if (TRUSTED_ALONE.some(([first, last]) => code >= first && code <= last)) return true
  return before?.end === edit.start || after?.start === edit.end
}

interface Edit {
  start: number
  end: number
  replacement: string
}

function decodeSequence(sequence: string): { text: string; consumed: number } | null {
  const bytes = Array.from(sequence, (char) => WINDOWS_1252_HIGH[char] ?? char.charCodeAt(0))
  const lead = bytes[0] ?? 0
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2
  if (bytes.length < length) return null
  try {
    const decoded = decoder.decode(new Uint8Array(bytes.slice(0, length)))
    const code = decoded.codePointAt(0) ?? 0
    // Two-byte sequences are only trusted for accented Latin letters and Latin-1 symbols:
    // "“Ô”" is real text that happens to decode to a Cyrillic letter.
    if (length === 2 && (code < 0xa0 || code > 0x24f)) return null
    // Each matched character is one UTF-16 unit, so the characters consumed equal the bytes used.
    return { text: decoded, consumed: length }
  } catch {
    return null
  }
}

function recordTokenRepairs(text: string, edits: readonly Edit[], changes: Changes): void {
  let index = 0
  while (index < edits.length) {
    const first = edits[index]
    if (first === undefined) break
    const bounds = tokenBounds(text, first.start, first.end)
    let before = ''
    let position = bounds.start
    while (index < edits.length && (edits[index]?.start ?? Infinity) < bounds.end) {
      const edit = edits[index]
      if (edit === undefined) break
      before += text.slice(position, edit.start) + edit.replacement
      position = edit.end
      index++
    }
    changes.repairs.push({ kind: 'mojibake', before: text.slice(bounds.start, bounds.end), after: before + text.slice(position, bounds.end) })
  }
}
