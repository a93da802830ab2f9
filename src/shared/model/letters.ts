// Whether a character is a letter (or a letter or digit) in any script, answered from tables
// learnt on first sight, and the runs of such characters: Unicode property regexes per
// character dominate the cost of counting and comparing the words of a large import otherwise.

/** The width (1, or 2 for a surrogate pair) of a matching character at `index`, or 0 if there is none. */
type WidthAt = (text: string, index: number) => number

// One table per class, per BMP code unit: 0 not yet seen, 1 in the class, 2 not.
function classWidth(single: RegExp, isAsciiMember: (code: number) => boolean): WidthAt {
  const seen = new Uint8Array(0x10000)
  return (text, index) => {
    const code = text.charCodeAt(index)
    if (code < 128) return isAsciiMember(code) ? 1 : 0
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) return single.test(text.slice(index, index + 2)) ? 2 : 0
    if (seen[code] === 0) seen[code] = single.test(text[index]!) ? 1 : 2
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

/** The runs of letters and digits, as `text.match(/[\p{L}\p{N}]+/gu)` gives them but several times faster. */
export const letterAndDigitRuns = (text: string): string[] => runsOf(text, letterOrDigitWidth)
