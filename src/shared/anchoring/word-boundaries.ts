// A fuzzy match can start or stop a character or two inside a neighbouring word;
// snapping keeps the highlight on whole words when the original quote was whole words.

const WORD_CHAR = /[\p{L}\p{N}]/u
const SPACE_CHAR = /\s/u

/** Moves a fuzzily found range to word boundaries where the stored quote began or ended on one. */
export function snapToWords(
  text: string,
  range: { start: number; end: number },
  quote: string,
  prefix: string,
  suffix: string
): { start: number; end: number } {
  let { start, end } = range
  if (quote.length === 0 || start >= end) return range

  if (!isSpace(quote[0])) {
    while (start < end && isSpace(text[start])) start++
  }
  if (!isSpace(quote[quote.length - 1])) {
    while (end > start && isSpace(text[end - 1])) end--
  }

  const quoteStartsWord = isWord(quote[0]) && !isWord(prefix[prefix.length - 1])
  if (quoteStartsWord && isWord(text[start - 1]) && isWord(text[start])) {
    let back = start
    while (back > 0 && isWord(text[back - 1])) back--
    let forward = start
    while (forward < end && isWord(text[forward])) forward++
    while (forward < end && !isWord(text[forward])) forward++
    start = forward < end && forward - start < start - back ? forward : back
  }

  const quoteEndsWord = isWord(quote[quote.length - 1]) && !isWord(suffix[0])
  if (quoteEndsWord && isWord(text[end - 1]) && isWord(text[end])) {
    let forward = end
    while (forward < text.length && isWord(text[forward])) forward++
    let back = end
    while (back > start && isWord(text[back - 1])) back--
    while (back > start && !isWord(text[back - 1])) back--
    end = back > start && end - back < forward - end ? back : forward
  }

  return start < end ? { start, end } : range
}

function isWord(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char)
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE_CHAR.test(char)
}
