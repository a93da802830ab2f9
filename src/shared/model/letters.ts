// Whether a character is white space, or a letter (or a letter or digit) in any script, answered from tables
// learnt on first sight, and the runs of such characters: Unicode property regexes per
// character dominate the cost of counting and comparing the words of a large import otherwise.

/** The width (1, or 2 for a surrogate pair) of a matching character at `index`, or 0 if there is none. */
type WidthAt = (text: string, index: number) => number

// One table per class, per BMP code unit: 0 not yet seen, 1 in the class, 2 not. ASCII is filled
// in up front, so most characters cost one lookup; surrogates are never cached (pairs are tested).
function classWidth(single: RegExp, isAsciiMember: (code: number) => boolean): WidthAt {
  const seen = new Uint8Array(0x10000)
  for (let code = 0; code < 128; code++) seen[code] = isAsciiMember(code) ? 1 : 2
  return (text, index) => {
    const code = text.charCodeAt(index)
    const known = seen[code]!
    if (known !== 0) return known === 1 ? 1 : 0
    if (code >= 0xd800 && code <= 0xdfff) return code <= 0xdbff && index + 1 < text.length && single.test(text.slice(index, index + 2)) ? 2 : 0
    seen[code] = single.test(text[index]!) ? 1 : 2
    return seen[code] === 1 ? 1 : 0
  }
}

const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90)

/** The width of the letter or digit at `index`, or 0 if there is none. */
export const letterOrDigitWidth: WidthAt = classWidth(/^[\p{L}\p{N}]$/u, (code) => isAsciiLetter(code) || (code >= 48 && code <= 57))

/** The width of the letter at `index`, or 0 if there is none. */
export const letterWidth: WidthAt = classWidth(/^\p{L}$/u, isAsciiLetter)

function runsOf(text: string, widthAt: WidthAt): string[] {
  const runs: string[] = []
  let start = -1
  for (let index = 0; index < text.length;) {
    const width = widthAt(text, index)
    if (width > 0 && start < 0) start = index
    if (width === 0 && start >= 0) {
      runs.push(text.slice(start, index))
      start = -1
    }
    index += Math.max(1, width)
  }
  if (start >= 0) runs.push(text.slice(start))
  return runs
}

/** The runs of letters (any script), as `text.match(/\p{L}+/gu)` gives them but several times faster. */
export const letterRuns = (text: string): string[] => runsOf(text, letterWidth)

/** Whether the UTF-16 code unit is one that JavaScript's `\s` matches (a surrogate half never is). */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
