// "04/03/2024" is 4 March in most of the world and 3 April in the United States. Language is one
// clue (see writesDayFirst), but an English article from Hanoi, London or Sydney writes day first
// too; the article itself settles it when another of its dates could only be read one way
// ("22/12/2023" is day first, "12/22/2023" month first).

/** How the text's numeric dates are written, when a date it holds shows it; null when none does or they disagree. */
export type NumericDateOrder = 'day-first' | 'month-first' | null

// Day, month and a year of four figures, with slashes or dashes, standing alone: not part of a
// version number, a code or an ISO date. Shorter years are left out: a team's record ("45-15-12"),
// a resolution's number ("24-03-15") or a set of sizes ("5/20/50 GB") reads as one.
const NUMERIC_DATE = /(?<![\p{L}\d./-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d\d(?![\p{L}\d/-])/gu

/** The order the text's numeric dates are written in, as its unambiguous ones show. */
export function numericDateOrder(text: string): NumericDateOrder {
  let dayFirst = false
  let monthFirst = false
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [first, second] = [Number(match[1]), Number(match[3])]
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst = true
    else if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst = true
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first'
}

/** Whether ambiguous numeric dates are read day first: as the text's own dates show, else as its language writes them. */
export function readsDayFirst(order: NumericDateOrder, languageWritesDayFirst: boolean): boolean {
  return order === null ? languageWritesDayFirst : order === 'day-first'
}
